package fr.entente.decision.query;

import com.mongodb.client.MongoDatabase;
import fr.entente.common.query.RebuildableReadModel;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.serialization.Serializer;
import org.springframework.stereotype.Component;

/** The decisions' read model, rebuilt by the changes its projection applies ({@link DecisionChanges}). */
@Component
class DecisionReadModel implements RebuildableReadModel {

    private final MongoDatabase database;
    private final Serializer serializer;

    DecisionReadModel(MongoDatabase database, Serializer serializer) {
        this.database = database;
        this.serializer = serializer;
    }

    @Override
    public String name() {
        return DecisionViewStore.COLLECTION;
    }

    @Override
    public String processingGroup() {
        return "decisions";
    }

    @Override
    public EventMessageHandler buildingInto(String collection) {
        return new AnnotationEventHandlerAdapter(
                new DecisionChanges(DecisionViewStore.into(database, serializer, collection), DecisionChanges.Frames.NONE));
    }
}
