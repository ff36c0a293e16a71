package fr.entente.document.api;

import org.axonframework.serialization.Revision;

/** A new version of a document was put up (versions count from 1, the first upload). */
@Revision("1")
public record DocumentVersionUploadedEvent(String documentId, int version, StoredFile file, String uploadedBy) {
}
