package fr.entente.study.api;

import org.axonframework.serialization.Revision;

/** The study's folder: where its results are, in the document space {@code spaceId}. */
@Revision("1")
public record StudyFolderOpenedEvent(String studyId, String spaceId, String folderId) {
}
