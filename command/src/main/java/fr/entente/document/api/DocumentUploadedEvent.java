package fr.entente.document.api;

import org.axonframework.serialization.Revision;

/** A document was put in a folder with its first version: the stored file's id, name, size, detected type and SHA-256, and who uploaded it; never the bytes. */
@Revision("1")
public record DocumentUploadedEvent(String documentId, String cooperationId, String spaceId, String folderId, StoredFile file, String uploadedBy) {
}
