package fr.entente.audit.query;

import com.mongodb.client.MongoDatabase;
import fr.entente.common.query.LogPosition;
import fr.entente.common.query.ReadModelCollections;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Keeps the audit trail ({@link AuditTrailEntries}) as the log grows, and answers its queries, in the collection that
 * holds the trail now: a rebuild while the hub runs ({@link AuditTrailReadModel}) moves it to a fresh one.
 */
@Component
@ProcessingGroup(AuditTrailProjection.PROCESSING_GROUP)
public class AuditTrailProjection {

    public static final String PROCESSING_GROUP = "audit-trail";
    public static final String READ_MODEL = AuditTrailEntries.COLLECTION;

    private final MongoDatabase database;
    private final ReadModelCollections collections;
    private volatile AuditTrailEntries entries;
    private volatile String entriesCollection;

    public AuditTrailProjection(MongoDatabase database, ReadModelCollections collections) {
        this.database = database;
        this.collections = collections;
        entries();
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message, LogPosition position) {
        entries().on(payload, message, position);
    }

    @ResetHandler
    void reset() {
        entries().reset();
    }

    @QueryHandler
    public List<TrailEntry> handle(FindTrailQuery query) {
        return entries().handle(query);
    }

    @QueryHandler
    public Optional<TrailEntry> handle(FindTrailEntryQuery query) {
        return entries().handle(query);
    }

    @QueryHandler
    public List<TrailEntry> handle(FindTrailCausesQuery query) {
        return entries().handle(query);
    }

    @QueryHandler
    public MeetingTitles handle(FindTrailMeetingTitlesQuery query) {
        return entries().handle(query);
    }

    private AuditTrailEntries entries() {
        String collection = collections.active(READ_MODEL);
        if (!collection.equals(entriesCollection)) {
            entries = AuditTrailEntries.in(database, collection);
            entriesCollection = collection;
        }
        return entries;
    }
}
