package fr.entente.web.document;

import fr.entente.document.api.DocumentRefusal;
import fr.entente.document.api.DocumentRefusedException;
import fr.entente.document.api.RecordDownloadCommand;
import fr.entente.document.query.VersionView;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

import java.io.InputStream;

/**
 * The bytes of a version of a document, for someone who sees it; each download recorded in the log (who, which
 * version; when is the event's time). A request for a later part of the file (HTTP Range, a resumed download) is not
 * recorded again: only one that starts at the first byte.
 */
@Component
public class DocumentDownloads {

    /** A version to send: its file's facts, and its bytes as a resource Spring MVC serves whole or by ranges. */
    public record Download(VersionView version, String documentName, Resource content) {
    }

    private final DocumentSpaceAccess access;
    private final DocumentCommands commands;
    private final DocumentFiles files;
    private final DocumentPreviews previews;

    DocumentDownloads(DocumentSpaceAccess access, DocumentCommands commands, DocumentFiles files,
                      DocumentPreviews previews) {
        this.access = access;
        this.commands = commands;
        this.files = files;
        this.previews = previews;
    }

    /** The PNG thumbnail of the current version, for someone who sees the document; not a download, not recorded. */
    public byte[] preview(String cooperationId, String spaceId, String documentId) {
        DocumentSpaceAccess.SeenDocument seen = access.document(cooperationId, spaceId, documentId);
        if (seen.document().trashed()) {
            throw DocumentSpaceAccess.notFound();
        }
        return previews.thumbnail(seen.document().current());
    }

    /** That version ({@code null}: the current one); recorded if {@code fromTheStart}. */
    public Download download(String cooperationId, String spaceId, String documentId, Integer version,
                             boolean fromTheStart) {
        DocumentSpaceAccess.SeenDocument seen = access.document(cooperationId, spaceId, documentId);
        if (seen.document().trashed()) {
            throw DocumentSpaceAccess.notFound();
        }
        VersionView chosen = version == null ? seen.document().current()
                                             : seen.document().version(version).orElseThrow(
                                                     () -> DocumentRefusedException.refused(DocumentRefusal.VERSION_UNKNOWN));
        if (fromTheStart) {
            commands.send(cooperationId, new RecordDownloadCommand(documentId, cooperationId, chosen.version()));
        }
        String name = version == null ? seen.document().name() : chosen.file().name();
        return new Download(chosen, name, new StoredBytes(files, chosen));
    }

    /** A stored file as a resource of known length, opened when Spring MVC writes it (and skipped to a range's start). */
    private static final class StoredBytes extends AbstractResource {

        private final DocumentFiles files;
        private final VersionView version;

        StoredBytes(DocumentFiles files, VersionView version) {
            this.files = files;
            this.version = version;
        }

        @Override
        public String getDescription() {
            return "stored file " + version.file().fileId();
        }

        @Override
        public InputStream getInputStream() {
            return files.open(version.file().fileId());
        }

        @Override
        public long contentLength() {
            return version.file().size();
        }

        @Override
        public boolean exists() {
            return true;
        }

        @Override
        public String getFilename() {
            return null;
        }
    }
}
