package fr.entente.study.api;

import org.axonframework.serialization.Revision;

/** A study disseminated to an audience. */
@Revision("1")
public record StudyDisseminatedEvent(String studyId, Audience audience, String means) {
}
