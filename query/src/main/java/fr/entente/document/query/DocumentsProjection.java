package fr.entente.document.query;

import fr.entente.common.query.LogPosition;
import fr.entente.live.query.LiveTopics;
import fr.entente.live.query.LiveUpdateJournal;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * The folders and documents of the spaces ({@link DocumentStore}), changed by the events as {@link DocumentChanges}
 * says, and the live topic of each folder
 * ({@link LiveTopics#documentFolder}: its page lists again its folders and documents when one changes; both folders
 * for a move). The command handlers ask it, through {@link DocumentAccessFromReadModels}, what a person may do in a
 * folder.
 * <p>
 * Idempotent: a view keeps the position of the last event applied, and an event at that position or before changes
 * nothing.
 */
@Component
@ProcessingGroup(DocumentsProjection.PROCESSING_GROUP)
public class DocumentsProjection extends DocumentChanges {

    public static final String PROCESSING_GROUP = "documents";
    static final String LIST_TYPE = "documents";

    private final DocumentStore store;

    DocumentsProjection(DocumentStore store, LiveUpdateJournal live) {
        super(new Stored(store, live));
        this.store = store;
    }

    @ResetHandler
    void reset() {
        store.clear();
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
    public List<String> handle(FindSpaceDocumentIdsQuery query) {
        return store.documentIds(query.cooperationId(), query.spaceId());
    }

    @QueryHandler
    public Optional<DocumentView> handle(FindDocumentQuery query) {
        return store.document(query.documentId());
    }

    /** The read model's collections; each list that changes is told to its folder's live topic. */
    private record Stored(DocumentStore store, LiveUpdateJournal live) implements Views {

        @Override
        public Optional<FolderView> folder(String folderId) {
            return store.folder(folderId);
        }

        @Override
        public void save(FolderView folder) {
            store.save(folder);
        }

        @Override
        public Optional<DocumentView> document(String documentId) {
            return store.document(documentId);
        }

        @Override
        public void save(DocumentView document) {
            store.save(document);
        }

        @Override
        public void changed(String cooperationId, String spaceId, String folderId, LogPosition position) {
            live.publishChanges(LiveTopics.documentFolder(cooperationId, spaceId, folderId), position, LIST_TYPE,
                                List.of(LIST_TYPE));
        }
    }
}
