package fr.entente.document.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A document of a space as the pages and the API show it: its current name and folder, whether it is in the trash,
 * its versions (oldest first), the downloads recorded, and who holds its lock since when ({@code null}: unlocked).
 */
public record DocumentView(String documentId, String cooperationId, String spaceId, String folderId, String name,
                           boolean trashed, List<VersionView> versions, List<DownloadView> downloads, String lockedBy,
                           Instant lockedAt, long position) {

    public DocumentView {
        versions = versions == null ? List.of() : List.copyOf(versions);
        downloads = downloads == null ? List.of() : List.copyOf(downloads);
    }

    public VersionView current() {
        return versions.get(versions.size() - 1);
    }

    public java.util.Optional<VersionView> version(int number) {
        return versions.stream().filter(version -> version.version() == number).findFirst();
    }

    DocumentView withVersion(VersionView version, long at) {
        List<VersionView> all = new ArrayList<>(versions);
        all.add(version);
        return new DocumentView(documentId, cooperationId, spaceId, folderId, name, trashed, all, downloads,
                                lockedBy, lockedAt, at);
    }

    DocumentView withName(String newName, long at) {
        return new DocumentView(documentId, cooperationId, spaceId, folderId, newName, trashed, versions,
                                downloads, lockedBy, lockedAt, at);
    }

    DocumentView inFolder(String newFolderId, long at) {
        return new DocumentView(documentId, cooperationId, spaceId, newFolderId, name, trashed, versions,
                                downloads, lockedBy, lockedAt, at);
    }

    DocumentView inTrash(boolean newTrashed, long at) {
        return new DocumentView(documentId, cooperationId, spaceId, folderId, name, newTrashed, versions,
                                downloads, lockedBy, lockedAt, at);
    }

    /** Locked by this person since then; {@code null} and {@code null}: unlocked. */
    DocumentView lockedBy(String personId, Instant since, long at) {
        return new DocumentView(documentId, cooperationId, spaceId, folderId, name, trashed, versions, downloads,
                                personId, since, at);
    }

    DocumentView withDownload(DownloadView download, long at) {
        List<DownloadView> all = new ArrayList<>(downloads);
        all.add(download);
        return new DocumentView(documentId, cooperationId, spaceId, folderId, name, trashed, versions, all,
                                lockedBy, lockedAt, at);
    }
}
