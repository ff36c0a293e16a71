package fr.entente.web.document;

import fr.entente.document.api.FolderAccess;

import java.time.Instant;
import java.util.List;

/** What the documents' API answers. */
public final class DocumentResults {

    private DocumentResults() {
    }

    /** A folder (or the root, {@code folderId} {@code null}) with what the reader may do there, the subfolders they see and its documents. */
    public record Listing(String spaceId, String folderId, String name, String parentFolderId, FolderAccess yourAccess,
                          boolean restricted, List<Crumb> path, List<FolderLine> folders, List<DocumentLine> documents) {
    }

    /** A folder above the one listed, from the top. */
    public record Crumb(String folderId, String name) {
    }

    public record FolderLine(String folderId, String name, boolean restricted, boolean readOnly) {
    }

    /**
     * A document in its folder's list; {@code preview}: it has a thumbnail (a PDF or an image); {@code lock}: who
     * edits it, or {@code null}.
     */
    public record DocumentLine(String documentId, String name, int version, long size, String contentType,
                               Instant updatedAt, String updatedBy, String updatedByName, boolean preview, Lock lock,
                               List<Version> versions) {
    }

    /** Who holds a document's lock, since when, and whether it is the reader. */
    public record Lock(String personId, String personName, Instant since, boolean yours) {
    }

    /** A document with its versions (oldest first) and the downloads recorded. */
    public record DocumentDetail(String documentId, String spaceId, String folderId, String name, boolean trashed,
                                 FolderAccess yourAccess, Lock lock, List<Version> versions, List<Download> downloads,
                                 List<Reader> readers) {
    }

    /**
     * A person asked to read the document ("à lire"), as its sender and the space's moderators see them (a reader
     * sees only their own line): who asked and when, when they opened it ({@code null}: not yet), when they are (or
     * were) reminded.
     */
    public record Reader(String personId, String personName, String requestedBy, String requestedByName,
                         Instant requestedAt, Instant openedAt, Instant remindAt, Instant remindedAt) {

        public boolean opened() {
            return openedAt != null;
        }
    }

    public record Version(int version, String fileId, String name, long size, String contentType, String sha256,
                          String uploadedBy, String uploadedByName, Instant uploadedAt) {
    }

    public record Download(int version, String personId, String personName, Instant at) {
    }

    public record FolderCreated(String folderId) {
    }

    /** A file kept: the document, its version, and what the hub found of the bytes. */
    public record Uploaded(String documentId, int version, String name, long size, String contentType, String sha256) {
    }
}
