package fr.entente.audit.query;

import com.mongodb.client.MongoDatabase;
import fr.entente.common.query.RebuildableReadModel;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessageHandler;
import org.springframework.stereotype.Component;

import java.util.List;

/** The audit trail as a read model an administrator can rebuild while the hub runs: the same handlers, a fresh collection. */
@Component
class AuditTrailReadModel implements RebuildableReadModel {

    private final MongoDatabase database;

    AuditTrailReadModel(MongoDatabase database) {
        this.database = database;
    }

    @Override
    public String name() {
        return AuditTrailProjection.READ_MODEL;
    }

    @Override
    public String processingGroup() {
        return AuditTrailProjection.PROCESSING_GROUP;
    }

    @Override
    public EventMessageHandler buildingInto(String collection) {
        return new AnnotationEventHandlerAdapter(AuditTrailEntries.in(database, collection));
    }

    @Override
    public List<String> collectionsOf(String collection) {
        return List.of(collection, AuditTrailEntries.subjectsOf(collection));
    }
}
