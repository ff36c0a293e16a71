package fr.entente.study.api;

import org.axonframework.serialization.Revision;

import java.util.List;

/** A study's results delivered: documents of its folder. */
@Revision("1")
public record StudyResultsDeliveredEvent(String studyId, List<String> documentIds, String summary) {
}
