package fr.entente.study.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * The technical committee informed of the study's results and of its planned dissemination (at its meeting, or by a
 * sending to read).
 */
public record InformTechnicalCommitteeCommand(@TargetAggregateIdentifier String studyId,
                                              List<Audience> plannedAudiences, String means, String meetingId) {
}
