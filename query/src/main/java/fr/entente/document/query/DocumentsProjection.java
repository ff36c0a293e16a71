package fr.entente.document.query;

import fr.entente.common.query.LogPosition;
import fr.entente.document.api.*;
import fr.entente.live.query.LiveTopics;
import fr.entente.live.query.LiveUpdateJournal;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The folders and documents of the spaces ({@link DocumentStore}), and the live topic of each folder
 * ({@link LiveTopics#documentFolder}: its page lists again its folders and documents when one changes; both folders
 * for a move). The command handlers ask it, through {@link DocumentAccessFromReadModels}, what a person may do in a
 * folder.
 * <p>
 * Idempotent: a view keeps the position of the last event applied, and an event at that position or before changes
 * nothing.
 */
@Component
@ProcessingGroup(DocumentsProjection.PROCESSING_GROUP)
public class DocumentsProjection {

    public static final String PROCESSING_GROUP = "documents";
    static final String LIST_TYPE = "documents";

    private final DocumentStore store;
    private final LiveUpdateJournal live;

    DocumentsProjection(DocumentStore store, LiveUpdateJournal live) {
        this.store = store;
        this.live = live;
    }

    @ResetHandler
    void reset() {
        store.clear();
    }

    @EventHandler
    void on(FolderCreatedEvent event, LogPosition position) {
        if (store.folder(event.folderId()).isEmpty()) {
            store.save(new FolderView(event.folderId(), event.cooperationId(), event.spaceId(), event.parentFolderId(),
                                      event.name(), FolderRights.INHERITED, event.createdBy(), position.value()));
            publish(event.cooperationId(), event.spaceId(), event.parentFolderId(), position);
        }
    }

    @EventHandler
    void on(FolderRightsChangedEvent event, LogPosition position) {
        store.folder(event.folderId()).filter(folder -> !position.notAfter(folder.position())).ifPresent(folder -> {
            store.save(folder.withRights(event.rights(), position.value()));
            publish(folder.cooperationId(), folder.spaceId(), folder.parentFolderId(), position);
            publish(folder.cooperationId(), folder.spaceId(), folder.folderId(), position);
        });
    }

    @EventHandler
    void on(FolderReadingGrantedEvent event, LogPosition position) {
        store.folder(event.folderId()).filter(folder -> !position.notAfter(folder.position())).ifPresent(folder -> {
            store.save(folder.readableBy(event.readerSpaceId(), position.value()));
            publish(folder.cooperationId(), folder.spaceId(), folder.folderId(), position);
        });
    }

    @EventHandler
    void on(FolderRenamedEvent event, LogPosition position) {
        store.folder(event.folderId()).filter(folder -> !position.notAfter(folder.position())).ifPresent(folder -> {
            store.save(folder.withName(event.name(), position.value()));
            publish(folder.cooperationId(), folder.spaceId(), folder.parentFolderId(), position);
            publish(folder.cooperationId(), folder.spaceId(), folder.folderId(), position);
        });
    }

    /** Both parents' lists change, and the folder's own page (its path). */
    @EventHandler
    void on(FolderMovedEvent event, LogPosition position) {
        store.folder(event.folderId()).filter(folder -> !position.notAfter(folder.position())).ifPresent(folder -> {
            store.save(folder.inParent(event.toParentFolderId(), position.value()));
            publish(folder.cooperationId(), folder.spaceId(), event.fromParentFolderId(), position);
            publish(folder.cooperationId(), folder.spaceId(), event.toParentFolderId(), position);
            publish(folder.cooperationId(), folder.spaceId(), folder.folderId(), position);
        });
    }

    @EventHandler
    void on(DocumentUploadedEvent event, LogPosition position, @Timestamp Instant at) {
        if (store.document(event.documentId()).isEmpty()) {
            store.save(new DocumentView(event.documentId(), event.cooperationId(), event.spaceId(), event.folderId(),
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
        Optional<DocumentView> before = store.document(event.documentId());
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
        store.document(event.documentId()).filter(document -> !position.notAfter(document.position()))
             .ifPresent(document -> store.save(document.withDownload(
                     new DownloadView(event.version(), event.downloadedBy(), at), position.value())
                                                       .withReader(event.downloadedBy(), reader -> reader.openedAt(at),
                                                                   position.value())));
    }

    /** Sent "à lire": no list changes (the document's page shows its readers when read). */
    @EventHandler
    void on(DocumentReadingRequestedEvent event, LogPosition position, @Timestamp Instant at) {
        store.document(event.documentId()).filter(document -> !position.notAfter(document.position()))
             .ifPresent(document -> store.save(document.withReadingRequested(
                     event.readerIds(), event.requestedBy(), at, at.plus(Duration.ofHours(event.remindAfterHours())),
                     position.value())));
    }

    @EventHandler
    void on(DocumentReaderRemindedEvent event, LogPosition position, @Timestamp Instant at) {
        store.document(event.documentId()).filter(document -> !position.notAfter(document.position()))
             .ifPresent(document -> store.save(document.withReader(event.readerId(), reader -> reader.remindedAt(at),
                                                                   position.value())));
    }

    private void change(String documentId, LogPosition position, UnaryOperator<DocumentView> change) {
        store.document(documentId).filter(document -> !position.notAfter(document.position())).ifPresent(document -> {
            DocumentView changed = change.apply(document);
            store.save(changed);
            publish(changed.cooperationId(), changed.spaceId(), changed.folderId(), position);
        });
    }

    private void publish(String cooperationId, String spaceId, String folderId, LogPosition position) {
        live.publishChanges(LiveTopics.documentFolder(cooperationId, spaceId, folderId), position, LIST_TYPE,
                            List.of(LIST_TYPE));
    }

    @QueryHandler
    public List<FolderView> handle(FindSpaceFoldersQuery query) {
        return store.folders(query.cooperationId(), query.spaceId());
    }

    @QueryHandler
    public Optional<FolderView> handle(FindFolderQuery query) {
        return store.folder(query.folderId());
    }

    @QueryHandler
    public List<DocumentView> handle(FindFolderDocumentsQuery query) {
        return store.documents(query.cooperationId(), query.spaceId(), query.folderId(), query.trashed());
    }

    @QueryHandler
    public List<DocumentView> handle(FindDocumentsWithRemindersDueQuery query) {
        return store.withRemindersDue(query.now());
    }

    @QueryHandler
    public List<DocumentView> handle(FindDocumentsToPurgeQuery query) {
        return store.trashedBefore(query.trashedBefore());
    }

    @QueryHandler
    public List<DocumentView> handle(FindExpiredLocksQuery query) {
        return store.lockedBefore(query.lockedBefore());
    }

    @QueryHandler
    public Optional<DocumentView> handle(FindDocumentQuery query) {
        return store.document(query.documentId());
    }
}
