package fr.entente.web.document;

import fr.entente.document.api.FolderAccess;
import fr.entente.document.query.DocumentSpaceAsItStood;
import fr.entente.document.query.FindSpaceDocumentIdsQuery;
import fr.entente.document.query.FindSpaceFoldersQuery;
import fr.entente.document.query.FolderHistory;
import fr.entente.document.query.FolderView;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A folder of a space's documents (or its root) as it stood at an instant, for whoever sees it today: its name, path,
 * subfolders and documents with their names and versions then, rebuilt from the events of the space's folders and
 * documents up to that instant by the changes that build them today ({@link FolderHistory}). Shown without forms.
 * <p>
 * A folder's content is many aggregates (each document is one, and documents move between folders), so every folder
 * and document the space has had is read: the cost grows with the space, not with the folder.
 */
@Component
public class FolderAsItStood {

    private final DocumentSpaceAccess access;
    private final DocumentReading reading;
    private final QueryGateway queries;
    private final EventStore events;
    private final FolderHistory history;

    FolderAsItStood(DocumentSpaceAccess access, DocumentReading reading, QueryGateway queries, EventStore events,
                    FolderHistory history) {
        this.access = access;
        this.reading = reading;
        this.queries = queries;
        this.events = events;
        this.history = history;
    }

    /** The folder ({@code null}: the root) at {@code at}; 404 for someone who does not see it, or before it was created. */
    public DocumentResults.Listing at(String cooperationId, String spaceId, String folderId, Instant at) {
        FolderAccess yours = access.folder(cooperationId, spaceId, folderId);
        DocumentSpaceAsItStood then = history.asItStood(streams(cooperationId, spaceId), at);
        if (folderId != null && then.folder(folderId).isEmpty()) {
            throw DocumentSpaceAccess.notFound();
        }
        List<FolderView> folders = then.folders();
        return reading.listing(cooperationId, spaceId, folderId, yours, folders, folders, then.documents(folderId));
    }

    private List<EventMessage<?>> streams(String cooperationId, String spaceId) {
        List<String> aggregates = new ArrayList<>();
        queries.query(new FindSpaceFoldersQuery(cooperationId, spaceId), ResponseTypes.multipleInstancesOf(FolderView.class))
               .join().forEach(folder -> aggregates.add(folder.folderId()));
        aggregates.addAll(queries.query(new FindSpaceDocumentIdsQuery(cooperationId, spaceId),
                                        ResponseTypes.multipleInstancesOf(String.class)).join());
        List<EventMessage<?>> all = new ArrayList<>();
        aggregates.forEach(aggregateId -> events.readEvents(aggregateId, 0).asStream().forEach(all::add));
        return all;
    }
}
