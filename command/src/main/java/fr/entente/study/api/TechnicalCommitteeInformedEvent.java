package fr.entente.study.api;

import org.axonframework.serialization.Revision;

import java.util.List;

/** The technical committee informed of a study's results and of its planned dissemination. */
@Revision("1")
public record TechnicalCommitteeInformedEvent(String studyId, List<Audience> plannedAudiences, String means,
                                              String meetingId) {
}
