package fr.entente.web.document;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.List;

/** What the documents' API takes as JSON (files come as multipart, see the controller). */
public final class DocumentRequests {

    private DocumentRequests() {
    }

    /** A folder at the root ({@code parentFolderId} left out) or in a folder. */
    public record NewFolder(@NotBlank @Size(max = 200) String name, String parentFolderId) {
    }

    /** Inherited (restricted false, nobody named), restricted to {@code memberIds}, and read-only for {@code readOnlyIds}. */
    public record Rights(boolean restricted, List<String> memberIds, List<String> readOnlyIds) {
    }

    public record Name(String name) {
    }

    /** The folder a folder moves into; left out or null: the root of the space. */
    public record Parent(String parentFolderId) {
    }

    /** The folder to move to; left out or null: the root of the space. */
    public record Destination(String folderId) {
    }

    public record Trashed(boolean trashed) {
    }

    public record Locked(boolean locked) {
    }

    /** Sent "à lire" to these people of the space; those who have not opened it after the delay are reminded. */
    public record ReadingRequest(List<String> readerIds, int remindAfterHours) {
    }

    /** The version a restoration was decided from, as for an upload. */
    public record Restoration(int basedOnVersion) {
    }

    /** A version retried from the file of a refused one, kept for its uploader ({@code keptFileId}, from the refusal). */
    public record KeptVersionRetry(String keptFileId, int basedOnVersion) {
    }
}
