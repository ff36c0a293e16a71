package fr.entente.study.api;

import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * The study's results sent "à lire" to the members of that technical committee, with the planned dissemination: the
 * committee is informed of them (who has read them is the document context's read receipts).
 */
@Revision("1")
public record StudyResultsSentToReadEvent(String studyId, String committeeId, List<Audience> plannedAudiences,
                                          String means) {
}
