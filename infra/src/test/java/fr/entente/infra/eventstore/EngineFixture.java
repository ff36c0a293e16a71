package fr.entente.infra.eventstore;

import com.mongodb.client.MongoDatabase;
import fr.entente.infra.serialization.JacksonSerializers;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;

import java.util.List;
import java.util.stream.Collectors;

/** Builds engines on a fresh database and the events the tests append. */
final class EngineFixture {

    static MongoEventStorageEngine engine(MongoDatabase database) {
        return engine(database, EventStoreSettings.defaults());
    }

    static MongoEventStorageEngine engine(MongoDatabase database, EventStoreSettings settings) {
        return engine(database, settings, false);
    }

    /** An engine that is told no other process writes to its log, as the hub on its embedded server is. */
    static MongoEventStorageEngine soleWriterEngine(MongoDatabase database) {
        return engine(database, EventStoreSettings.defaults(), true);
    }

    static MongoEventStorageEngine engine(MongoDatabase database, EventStoreSettings settings, boolean soleWriter) {
        return MongoEventStorageEngine.builder()
                                      .database(database)
                                      .soleWriter(soleWriter)
                                      .settings(settings)
                                      .eventSerializer(JacksonSerializers.messages())
                                      .snapshotSerializer(JacksonSerializers.snapshots())
                                      .build();
    }

    static DomainEventMessage<ThingHappened> event(String thingId, long sequence) {
        return new GenericDomainEventMessage<>("Thing", thingId, sequence,
                                               new ThingHappened(thingId, sequence, "note " + sequence),
                                               MetaData.with("actorId", "person-1"));
    }

    static List<TrackedEventMessage<?>> readAll(MongoEventStorageEngine engine, TrackingToken from) {
        return engine.readEvents(from, false).collect(Collectors.toList());
    }

    static List<Long> globalIndexes(List<? extends TrackedEventMessage<?>> events) {
        return events.stream().map(e -> e.trackingToken().position().orElseThrow()).collect(Collectors.toList());
    }
}
