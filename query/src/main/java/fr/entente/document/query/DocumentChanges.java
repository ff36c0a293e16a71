package fr.entente.document.query;

import fr.entente.common.query.LogPosition;
import fr.entente.document.api.*;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * How the documents' events change the folders' and documents' views: shared by the projection that keeps the
 * documents' read model (and tells each folder's live topic) and by {@link FolderHistory}, which applies a space's
 * events in memory to show a folder as it stood. Idempotent: a view keeps the position of the last event applied, and
 * an event at that position or before changes nothing.
 */
class DocumentChanges {

    /** Where the views are kept: the read model's collections (telling the live topics), or maps in memory. */
    interface Views {

        Optional<FolderView> folder(String folderId);

        void save(FolderView folder);

        Optional<DocumentView> document(String documentId);

        void save(DocumentView document);

        /** The list of that folder ({@code null}: the root) changed at that position. */
        void changed(String cooperationId, String spaceId, String folderId, LogPosition position);
    }

    private final Views views;

    DocumentChanges(Views views) {
        this.views = views;
    }

    @EventHandler
    void on(FolderCreatedEvent event, LogPosition position) {
        if (views.folder(event.folderId()).isEmpty()) {
            views.save(new FolderView(event.folderId(), event.cooperationId(), event.spaceId(), event.parentFolderId(),
                                      event.name(), FolderRights.INHERITED, event.createdBy(), position.value()));
            publish(event.cooperationId(), event.spaceId(), event.parentFolderId(), position);
        }
    }

    @EventHandler
    void on(FolderRightsChangedEvent event, LogPosition position) {
        views.folder(event.folderId()).filter(folder -> !position.notAfter(folder.position())).ifPresent(folder -> {
            views.save(folder.withRights(event.rights(), position.value()));
            publish(folder.cooperationId(), folder.spaceId(), folder.parentFolderId(), position);
            publish(folder.cooperationId(), folder.spaceId(), folder.folderId(), position);
        });
    }

    @EventHandler
    void on(FolderReadingGrantedEvent event, LogPosition position) {
        views.folder(event.folderId()).filter(folder -> !position.notAfter(folder.position())).ifPresent(folder -> {
            views.save(folder.readableBy(event.readerSpaceId(), position.value()));
            publish(folder.cooperationId(), folder.spaceId(), folder.folderId(), position);
        });
    }

    @EventHandler
    void on(FolderRenamedEvent event, LogPosition position) {
        views.folder(event.folderId()).filter(folder -> !position.notAfter(folder.position())).ifPresent(folder -> {
            views.save(folder.withName(event.name(), position.value()));
            publish(folder.cooperationId(), folder.spaceId(), folder.parentFolderId(), position);
            publish(folder.cooperationId(), folder.spaceId(), folder.folderId(), position);
        });
    }

    /** Both parents' lists change, and the folder's own page (its path). */
    @EventHandler
    void on(FolderMovedEvent event, LogPosition position) {
        views.folder(event.folderId()).filter(folder -> !position.notAfter(folder.position())).ifPresent(folder -> {
            views.save(folder.inParent(event.toParentFolderId(), position.value()));
            publish(folder.cooperationId(), folder.spaceId(), event.fromParentFolderId(), position);
            publish(folder.cooperationId(), folder.spaceId(), event.toParentFolderId(), position);
            publish(folder.cooperationId(), folder.spaceId(), folder.folderId(), position);
        });
    }

    @EventHandler
    void on(DocumentUploadedEvent event, LogPosition position, @Timestamp Instant at) {
        if (views.document(event.documentId()).isEmpty()) {
            views.save(new DocumentView(event.documentId(), event.cooperationId(), event.spaceId(), event.folderId(),
                                        event.file().name(), false,
                                        List.of(new VersionView(1, event.file(), event.uploadedBy(), at)), List.of(),
                                        null, null, List.of(), null, false, position.value()));
            publish(event.cooperationId(), event.spaceId(), event.folderId(), position);
        }
    }

    @EventHandler
    void on(DocumentVersionUploadedEvent event, LogPosition position, @Timestamp Instant at) {
        change(event.documentId(), position, document -> document.withVersion(
                new VersionView(event.version(), event.file(), event.uploadedBy(), at), position.value()));
    }

    @EventHandler
    void on(DocumentVersionRestoredEvent event, LogPosition position, @Timestamp Instant at) {
        change(event.documentId(), position, document -> document.withVersion(
                new VersionView(event.version(), event.file(), event.restoredBy(), at), position.value()));
    }

    @EventHandler
    void on(DocumentRenamedEvent event, LogPosition position) {
        change(event.documentId(), position, document -> document.withName(event.name(), position.value()));
    }

    @EventHandler
    void on(DocumentMovedEvent event, LogPosition position) {
        Optional<DocumentView> before = views.document(event.documentId());
        change(event.documentId(), position, document -> document.inFolder(event.toFolderId(), position.value()));
        before.ifPresent(document -> publish(document.cooperationId(), document.spaceId(), event.fromFolderId(), position));
    }

    @EventHandler
    void on(DocumentTrashedEvent event, LogPosition position, @Timestamp Instant at) {
        change(event.documentId(), position, document -> document.inTrash(at, position.value()));
    }

    /** It leaves the trash's list for good. */
    @EventHandler
    void on(DocumentPurgedEvent event, LogPosition position) {
        change(event.documentId(), position, document -> document.purged(position.value()));
    }

    @EventHandler
    void on(DocumentLockExpiredEvent event, LogPosition position) {
        change(event.documentId(), position, document -> document.lockedBy(null, null, position.value()));
    }

    @EventHandler
    void on(DocumentRestoredEvent event, LogPosition position) {
        change(event.documentId(), position, document -> document.inTrash(null, position.value()));
    }

    @EventHandler
    void on(DocumentLockedEvent event, LogPosition position, @Timestamp Instant at) {
        change(event.documentId(), position, document -> document.lockedBy(event.lockedBy(), at, position.value()));
    }

    @EventHandler
    void on(DocumentUnlockedEvent event, LogPosition position) {
        change(event.documentId(), position, document -> document.lockedBy(null, null, position.value()));
    }

    @EventHandler
    void on(DocumentLockBrokenEvent event, LogPosition position) {
        change(event.documentId(), position, document -> document.lockedBy(null, null, position.value()));
    }

    /**
     * A download changes no list: nothing is published, the document's page shows it when read. It is the receipt of
     * a person asked to read the document.
     */
    @EventHandler
    void on(DocumentDownloadedEvent event, LogPosition position, @Timestamp Instant at) {
        views.document(event.documentId()).filter(document -> !position.notAfter(document.position()))
             .ifPresent(document -> views.save(document.withDownload(
                     new DownloadView(event.version(), event.downloadedBy(), at), position.value())
                                                       .withReader(event.downloadedBy(), reader -> reader.openedAt(at),
                                                                   position.value())));
    }

    /** Sent "à lire": no list changes (the document's page shows its readers when read). */
    @EventHandler
    void on(DocumentReadingRequestedEvent event, LogPosition position, @Timestamp Instant at) {
        views.document(event.documentId()).filter(document -> !position.notAfter(document.position()))
             .ifPresent(document -> views.save(document.withReadingRequested(
                     event.readerIds(), event.requestedBy(), at, at.plus(Duration.ofHours(event.remindAfterHours())),
                     position.value())));
    }

    @EventHandler
    void on(DocumentReaderRemindedEvent event, LogPosition position, @Timestamp Instant at) {
        views.document(event.documentId()).filter(document -> !position.notAfter(document.position()))
             .ifPresent(document -> views.save(document.withReader(event.readerId(), reader -> reader.remindedAt(at),
                                                                   position.value())));
    }

    private void change(String documentId, LogPosition position, UnaryOperator<DocumentView> change) {
        views.document(documentId).filter(document -> !position.notAfter(document.position())).ifPresent(document -> {
            DocumentView changed = change.apply(document);
            views.save(changed);
            publish(changed.cooperationId(), changed.spaceId(), changed.folderId(), position);
        });
    }

    private void publish(String cooperationId, String spaceId, String folderId, LogPosition position) {
        views.changed(cooperationId, spaceId, folderId, position);
    }
}
