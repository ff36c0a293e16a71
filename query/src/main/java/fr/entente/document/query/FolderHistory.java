package fr.entente.document.query;

import fr.entente.common.query.LogPosition;
import fr.entente.common.query.LogPositionResolverFactory;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A space's documents as they stood at an instant: the events of its folders and documents up to that instant applied
 * in memory, in the log's order, by the very changes that build the documents' read model ({@link DocumentChanges}),
 * so that a folder shows the names, versions and subfolders its page showed then. Nothing is stored and no page is
 * told.
 */
@Component
public class FolderHistory {

    /** The views being rebuilt, each thread its own: the changes' handlers are inspected once, not at each call. */
    private final ThreadLocal<InMemory> rebuilding = ThreadLocal.withInitial(InMemory::new);
    private final AnnotationEventHandlerAdapter changes = new AnnotationEventHandlerAdapter(new DocumentChanges(new Current(rebuilding)));

    /**
     * What these events (the streams of a space's folders and documents, in any order) build; only those at or before
     * {@code at} count, applied in the order of the log.
     */
    public DocumentSpaceAsItStood asItStood(List<? extends EventMessage<?>> events, Instant at) {
        InMemory views = rebuilding.get();
        views.clear();
        try {
            List<? extends EventMessage<?>> inOrder = events.stream().filter(event -> !event.getTimestamp().isAfter(at))
                                                            .sorted(LOG_ORDER).toList();
            for (EventMessage<?> event : inOrder) {
                if (changes.canHandle(event)) {
                    changes.handle(event);
                }
            }
            return new DocumentSpaceAsItStood(views.folders, views.documents);
        } catch (Exception e) {
            throw new IllegalStateException("A document's or folder's event could not be replayed", e);
        } finally {
            views.clear();
        }
    }

    /** The log's global order, which the store gives every event it reads; the time for an event that has none. */
    private static final Comparator<EventMessage<?>> LOG_ORDER =
            Comparator.<EventMessage<?>>comparingLong(event -> event.getMetaData().get(LogPositionResolverFactory.METADATA_KEY)
                                                                   instanceof Number number ? number.longValue() : Long.MAX_VALUE)
                      .thenComparing(EventMessage::getTimestamp);

    private static final class InMemory {
        private final Map<String, FolderView> folders = new HashMap<>();
        private final Map<String, DocumentView> documents = new HashMap<>();

        void clear() {
            folders.clear();
            documents.clear();
        }
    }

    /** The thread's maps; no live topic is told. */
    private record Current(ThreadLocal<InMemory> views) implements DocumentChanges.Views {

        @Override
        public Optional<FolderView> folder(String folderId) {
            return folderId == null ? Optional.empty() : Optional.ofNullable(views.get().folders.get(folderId));
        }

        @Override
        public void save(FolderView folder) {
            views.get().folders.put(folder.folderId(), folder);
        }

        @Override
        public Optional<DocumentView> document(String documentId) {
            return Optional.ofNullable(views.get().documents.get(documentId));
        }

        @Override
        public void save(DocumentView document) {
            views.get().documents.put(document.documentId(), document);
        }

        @Override
        public void changed(String cooperationId, String spaceId, String folderId, LogPosition position) {
        }
    }
}
