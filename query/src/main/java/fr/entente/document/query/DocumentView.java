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
                           Instant lockedAt, List<ReaderView> readers, Instant trashedAt, boolean purged,
                           long position) {

    public DocumentView {
        versions = versions == null ? List.of() : List.copyOf(versions);
        downloads = downloads == null ? List.of() : List.copyOf(downloads);
        readers = readers == null ? List.of() : List.copyOf(readers);
    }

    /** The earliest reminder still to send, or {@code null}. */
    public Instant nextReminderAt() {
        if (trashed) {
            return null;
        }
        return readers.stream().filter(reader -> reader.openedAt() == null && reader.remindedAt() == null)
                      .map(ReaderView::remindAt).min(Instant::compareTo).orElse(null);
    }

    public java.util.Optional<ReaderView> reader(String personId) {
        return readers.stream().filter(reader -> reader.personId().equals(personId)).findFirst();
    }

    /** These people asked to read it now (someone asked again waits again); the others as they were. */
    DocumentView withReadingRequested(List<String> personIds, String by, Instant at, Instant remindAt, long position) {
        List<ReaderView> all = new ArrayList<>(readers.stream().filter(reader -> !personIds.contains(reader.personId()))
                                                      .toList());
        personIds.forEach(personId -> all.add(new ReaderView(personId, by, at, remindAt, null, null)));
        return new DocumentView(documentId, cooperationId, spaceId, folderId, name, trashed, versions, downloads,
                                lockedBy, lockedAt, all, trashedAt, purged, position);
    }

    DocumentView withReader(String personId, java.util.function.UnaryOperator<ReaderView> change, long position) {
        List<ReaderView> all = readers.stream().map(reader -> reader.personId().equals(personId) ? change.apply(reader)
                                                                                                  : reader).toList();
        return new DocumentView(documentId, cooperationId, spaceId, folderId, name, trashed, versions, downloads,
                                lockedBy, lockedAt, all, trashedAt, purged, position);
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
                                lockedBy, lockedAt, readers, trashedAt, purged, at);
    }

    DocumentView withName(String newName, long at) {
        return new DocumentView(documentId, cooperationId, spaceId, folderId, newName, trashed, versions,
                                downloads, lockedBy, lockedAt, readers, trashedAt, purged, at);
    }

    DocumentView inFolder(String newFolderId, long at) {
        return new DocumentView(documentId, cooperationId, spaceId, newFolderId, name, trashed, versions,
                                downloads, lockedBy, lockedAt, readers, trashedAt, purged, at);
    }

    /** In the trash since {@code since}, or out of it ({@code null}). */
    DocumentView inTrash(Instant since, long at) {
        return new DocumentView(documentId, cooperationId, spaceId, folderId, name, since != null, versions,
                                downloads, lockedBy, lockedAt, readers, since, purged, at);
    }

    /** Purged: its bytes deleted, it is no longer listed, not even in the trash. */
    DocumentView purged(long at) {
        return new DocumentView(documentId, cooperationId, spaceId, folderId, name, trashed, versions,
                                downloads, lockedBy, lockedAt, readers, trashedAt, true, at);
    }

    /** Locked by this person since then; {@code null} and {@code null}: unlocked. */
    DocumentView lockedBy(String personId, Instant since, long at) {
        return new DocumentView(documentId, cooperationId, spaceId, folderId, name, trashed, versions, downloads,
                                personId, since, readers, trashedAt, purged, at);
    }

    DocumentView withDownload(DownloadView download, long at) {
        List<DownloadView> all = new ArrayList<>(downloads);
        all.add(download);
        return new DocumentView(documentId, cooperationId, spaceId, folderId, name, trashed, versions, all,
                                lockedBy, lockedAt, readers, trashedAt, purged, at);
    }
}
