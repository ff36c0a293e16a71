package fr.entente.web.document;

import fr.entente.common.api.RefusedException;
import fr.entente.document.api.*;
import org.axonframework.commandhandling.CommandExecutionException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the API and the pages change in a space's documents: folders and their rights, uploads and versions, names,
 * folders, the trash. A file is checked before a byte of it is stored (who uploads and where, its name), refused on the
 * way if empty, a program or over the limit ({@link DocumentFiles}), and deleted again if the command that would put it
 * in the log is refused; but a new version refused because someone else put one up first or locked the document is
 * kept for a while, for its uploader to retry without uploading it again ({@link RefusedVersionKept}).
 */
@Component
public class DocumentWriting {

    /** Where a file comes from: its name as the client gave it, and its bytes, read once. */
    public interface Upload {
        String originalName();

        InputStream open() throws IOException;
    }

    private final DocumentCommands commands;
    private final DocumentSpaceAccess access;
    private final DocumentFiles files;
    private final DocumentFileDeletions deletions;
    private final Clock clock;

    DocumentWriting(DocumentCommands commands, DocumentSpaceAccess access, DocumentFiles files,
                    DocumentFileDeletions deletions, ObjectProvider<Clock> clocks) {
        this.commands = commands;
        this.access = access;
        this.files = files;
        this.deletions = deletions;
        this.clock = clocks.getIfAvailable(Clock::systemUTC);
    }

    public DocumentResults.FolderCreated createFolder(String cooperationId, String spaceId, String parentFolderId,
                                                      String name) {
        String folderId = DocumentCommands.newId();
        commands.send(cooperationId, new CreateFolderCommand(folderId, cooperationId, spaceId, blankAsNull(parentFolderId),
                                                             name));
        return new DocumentResults.FolderCreated(folderId);
    }

    public void setRights(String cooperationId, String spaceId, String folderId, DocumentRequests.Rights rights) {
        access.folder(cooperationId, spaceId, folderId);
        commands.send(cooperationId, new SetFolderRightsCommand(folderId, cooperationId, new FolderRights(
                rights.restricted(), rights.memberIds(), rights.readOnlyIds())));
    }

    public void renameFolder(String cooperationId, String spaceId, String folderId, String name) {
        access.folder(cooperationId, spaceId, folderId);
        commands.send(cooperationId, new RenameFolderCommand(folderId, cooperationId, name));
    }

    /** The folder, with what it holds, into another folder of the space ({@code null}: the root). */
    public void moveFolder(String cooperationId, String spaceId, String folderId, String toParentFolderId) {
        access.folder(cooperationId, spaceId, folderId);
        commands.send(cooperationId, new MoveFolderCommand(folderId, cooperationId, blankAsNull(toParentFolderId)));
    }

    /** A new document in that folder ({@code null}: the root). */
    public DocumentResults.Uploaded upload(String cooperationId, String spaceId, String folderId, Upload upload) {
        String folder = blankAsNull(folderId);
        String name = DocumentNames.clean(upload.originalName());
        access.writableFolder(cooperationId, spaceId, folder);
        String documentId = DocumentCommands.newId();
        StoredFile file = store(upload, name);
        keepOrForget(file, () -> commands.send(cooperationId, new UploadDocumentCommand(documentId, cooperationId, spaceId,
                                                                                        folder, file)));
        return uploaded(documentId, 1, file);
    }

    /** A new version of a document, made from version {@code basedOnVersion}: a conflict if someone else put one up since. */
    public DocumentResults.Uploaded uploadVersion(String cooperationId, String spaceId, String documentId,
                                                  int basedOnVersion, Upload upload) {
        String name = DocumentNames.clean(upload.originalName());
        DocumentSpaceAccess.SeenDocument seen = access.document(cooperationId, spaceId, documentId);
        if (!seen.access().writes()) {
            throw DocumentRefusedException.refused(DocumentRefusal.READ_ONLY);
        }
        StoredFile file = store(upload, name);
        keepForRetryOrForget(documentId, file, () -> commands.send(cooperationId, new UploadVersionCommand(
                documentId, cooperationId, basedOnVersion, file)));
        return uploaded(documentId, basedOnVersion + 1, file);
    }

    /**
     * A new version from the file of a refused one, kept for a retry ({@link RefusedVersionKept}): the same rules as an
     * upload, without the bytes again. A file no longer kept (its keeping ended, or a retry took it) is
     * {@link DocumentRefusal#KEPT_FILE_GONE}; refused again for a conflict, it is kept again.
     */
    public DocumentResults.Uploaded retryKeptVersion(String cooperationId, String spaceId, String documentId,
                                                     DocumentRequests.KeptVersionRetry retry) {
        DocumentSpaceAccess.SeenDocument seen = access.document(cooperationId, spaceId, documentId);
        if (!seen.access().writes()) {
            throw DocumentRefusedException.refused(DocumentRefusal.READ_ONLY);
        }
        String keptFileId = retry.keptFileId() == null ? "" : retry.keptFileId();
        StoredFile file = deletions.take(keptFileId, documentId)
                                   .orElseThrow(() -> DocumentRefusedException.refused(DocumentRefusal.KEPT_FILE_GONE));
        keepForRetryOrForget(documentId, file, () -> commands.send(cooperationId, new UploadVersionCommand(
                documentId, cooperationId, retry.basedOnVersion(), file)));
        return uploaded(documentId, retry.basedOnVersion() + 1, file);
    }

    /** An earlier version made the current one again, as a new version with its bytes (nothing is copied). */
    public void restoreVersion(String cooperationId, String spaceId, String documentId, int basedOnVersion, int version) {
        access.document(cooperationId, spaceId, documentId);
        commands.send(cooperationId, new RestoreVersionCommand(documentId, cooperationId, basedOnVersion, version));
    }

    public void rename(String cooperationId, String spaceId, String documentId, String name) {
        access.document(cooperationId, spaceId, documentId);
        commands.send(cooperationId, new RenameDocumentCommand(documentId, cooperationId, name));
    }

    public void move(String cooperationId, String spaceId, String documentId, String toFolderId) {
        access.document(cooperationId, spaceId, documentId);
        commands.send(cooperationId, new MoveDocumentCommand(documentId, cooperationId, blankAsNull(toFolderId)));
    }

    public void trash(String cooperationId, String spaceId, String documentId, boolean trashed) {
        access.document(cooperationId, spaceId, documentId);
        commands.send(cooperationId, trashed ? new TrashDocumentCommand(documentId, cooperationId)
                                             : new RestoreDocumentCommand(documentId, cooperationId));
    }

    /**
     * Sends the document "à lire" to these people of its space; those who have not opened (downloaded) it
     * {@code remindAfterHours} later get a reminder by mail ({@link DocumentReminders}).
     */
    public void requestReading(String cooperationId, String spaceId, String documentId, List<String> readerIds,
                               int remindAfterHours) {
        access.document(cooperationId, spaceId, documentId);
        commands.send(cooperationId, new RequestReadingCommand(documentId, cooperationId, readerIds, remindAfterHours));
    }

    /** Locks the document while the person edits it ({@code true}), or releases (or, a moderator, breaks) its lock. */
    public void lock(String cooperationId, String spaceId, String documentId, boolean locked) {
        access.document(cooperationId, spaceId, documentId);
        commands.send(cooperationId, locked ? new LockDocumentCommand(documentId, cooperationId)
                                            : new UnlockDocumentCommand(documentId, cooperationId));
    }

    private StoredFile store(Upload upload, String name) {
        try (InputStream bytes = upload.open()) {
            return files.store(bytes, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void keepOrForget(StoredFile file, Runnable logIt) {
        try {
            logIt.run();
        } catch (RuntimeException refused) {
            files.forget(file.fileId());
            throw refused;
        }
    }

    /**
     * A version refused because the document changed or was locked meanwhile is worth retrying: its file is kept for
     * {@link DocumentDurations#REFUSED_VERSION_KEPT} (nothing a person did is lost), then deleted by the housekeeping;
     * any other refusal or failure leaves nothing.
     */
    private void keepForRetryOrForget(String documentId, StoredFile file, Runnable logIt) {
        try {
            logIt.run();
        } catch (RuntimeException failed) {
            RefusedException refused = refusalIn(failed);
            if (refused != null && RETRYABLE.contains(refused.refusal())) {
                Instant until = clock.instant().plus(DocumentDurations.REFUSED_VERSION_KEPT);
                deletions.keep(documentId, file, until);
                throw new RefusedVersionKept(refused, file.fileId(), until);
            }
            files.forget(file.fileId());
            throw failed;
        }
    }

    private static final Set<DocumentRefusal> RETRYABLE = EnumSet.of(DocumentRefusal.VERSION_CONFLICT,
                                                                      DocumentRefusal.LOCKED);

    private static RefusedException refusalIn(RuntimeException failed) {
        if (failed instanceof RefusedException refused) {
            return refused;
        }
        if (failed instanceof CommandExecutionException execution) {
            Object details = execution.getDetails().orElse(null);
            if (details instanceof RefusedException refused) {
                return refused;
            }
            if (execution.getCause() instanceof RefusedException refused) {
                return refused;
            }
        }
        return null;
    }

    private static DocumentResults.Uploaded uploaded(String documentId, int version, StoredFile file) {
        return new DocumentResults.Uploaded(documentId, version, file.name(), file.size(), file.contentType(),
                                            file.sha256());
    }

    private static String blankAsNull(String id) {
        return id == null || id.isBlank() ? null : id;
    }
}
