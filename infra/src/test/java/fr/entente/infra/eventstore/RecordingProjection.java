package fr.entente.infra.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.mongodb.client.model.Filters.eq;

/** A read model in MongoDB (one document per thing) that also remembers the order in which events came. */
@ProcessingGroup(RecordingProjection.GROUP)
class RecordingProjection {

    static final String GROUP = "recording";

    final List<String> received = new CopyOnWriteArrayList<>();
    private final MongoCollection<Document> things;

    RecordingProjection(MongoCollection<Document> things) {
        this.things = things;
    }

    @EventHandler
    void on(ThingHappened event, org.axonframework.eventhandling.EventMessage<?> message) {
        things.updateOne(eq("_id", event.thingId()),
                         Updates.combine(Updates.max("lastValue", event.value()), Updates.inc("events", 1),
                                         Updates.push("notes", event.note())),
                         new UpdateOptions().upsert(true));
        // after the write: a test that waits for the count then reads the read model sees every write
        received.add(message.getIdentifier());
    }

    @ResetHandler
    void reset() {
        received.clear();
        things.deleteMany(new Document());
    }
}
