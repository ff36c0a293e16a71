package fr.entente.document.query;

import fr.entente.document.api.StoredFile;

import java.time.Instant;

/** A version of a document: its number (from 1), the stored file, who put it up and when. */
public record VersionView(int version, StoredFile file, String uploadedBy, Instant uploadedAt) {
}
