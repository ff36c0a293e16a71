package fr.entente.study.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * The study's results presented to the technical committee by a sending "à lire" to its members (the document context
 * keeps who has read them and reminds the others), with the planned dissemination: from then on the committee is
 * informed, as when they are presented at its meeting ({@link InformTechnicalCommitteeCommand}).
 *
 * @param committeeId the technical committee (a body of the cooperation) whose members were asked to read them
 */
public record SendStudyResultsToReadCommand(@TargetAggregateIdentifier String studyId, String committeeId,
                                            List<Audience> plannedAudiences, String means) {
}
