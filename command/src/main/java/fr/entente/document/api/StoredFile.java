package fr.entente.document.api;

/**
 * A file the hub has stored (in GridFS) for a document: its id there, the name it is shown under, its size in bytes,
 * its type as detected from its bytes, and the SHA-256 of its bytes (hex). Never the bytes themselves.
 */
public record StoredFile(String fileId, String name, long size, String contentType, String sha256) {
}
