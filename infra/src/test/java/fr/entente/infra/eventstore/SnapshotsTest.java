package fr.entente.infra.eventstore;

import com.mongodb.client.MongoDatabase;
import fr.entente.infra.serialization.JacksonSerializers;
import fr.entente.testing.TestMongo;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.modelling.command.Repository;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class SnapshotsTest {

    private static final int THRESHOLD = 50;
    private static final int EVENTS = 230;

    @RegisterExtension
    static final TestMongo.PerClass mongo = new TestMongo.PerClass();

    @Test
    void loadsALongStreamFromItsSnapshotAndReadsOnlyTheEventsAfterIt() throws Exception {
        MongoDatabase database = mongo.freshDatabase();
        MongoEventStorageEngine engine = EngineFixture.engine(database);
        Configuration axon = DefaultConfigurer.defaultConfiguration(false)
                .configureSerializer(c -> JacksonSerializers.messages())
                .configureEmbeddedEventStore(c -> engine)
                .configureAggregate(AggregateConfigurer.defaultConfiguration(Tally.class)
                        .configureAggregateFactory(c -> new GenericAggregateFactory<>(Tally.class))
                        .configureSnapshotTrigger(c -> new EventCountSnapshotTriggerDefinition(c.snapshotter(), THRESHOLD)))
                .buildConfiguration();
        axon.start();
        try {
            CommandGateway commands = axon.commandGateway();
            // The first command meets no stream yet: the repository creates the aggregate from its first event.
            engine.appendEvents(new org.axonframework.eventhandling.GenericDomainEventMessage<>(
                    "Tally", "tally-1", 0, new Tally.Counted("tally-1", 1)));
            for (int i = 1; i < EVENTS; i++) {
                commands.sendAndWait(new Tally.Count("tally-1"));
            }
            Document snapshot = database.getCollection(MongoEventStorageEngine.SNAPSHOTS).find().first();
            assertThat(snapshot).isNotNull();
            assertThat(snapshot.get("payload", Document.class).get("total")).isNotNull();
            long snapshotSequence = ((Number) snapshot.get("sequenceNumber")).longValue();
            assertThat(snapshotSequence).isGreaterThanOrEqualTo(EVENTS - THRESHOLD - 1);

            long readBefore = engine.domainEventsRead();
            AtomicLong total = new AtomicLong();
            Repository<Tally> repository = axon.repository(Tally.class);
            DefaultUnitOfWork.startAndGet(null).execute(
                    () -> total.set(repository.load("tally-1").invoke(Tally::total)));
            long read = engine.domainEventsRead() - readBefore;

            assertThat(total.get()).isEqualTo(EVENTS);
            assertThat(read).as("events read to load the aggregate").isEqualTo(EVENTS - 1 - snapshotSequence)
                            .isLessThan(THRESHOLD);
            System.out.printf("Loading a %d-event aggregate read %d events after its snapshot at sequence %d%n",
                              EVENTS, read, snapshotSequence);

            // A snapshot written by an older shape of the aggregate is not trusted: the aggregate loads from its events.
            database.getCollection(MongoEventStorageEngine.SNAPSHOTS)
                    .updateOne(new Document("_id", "tally-1"), new Document("$set", new Document("payload.renamedField", 1)));
            long readBeforeStale = engine.domainEventsRead();
            DefaultUnitOfWork.startAndGet(null).execute(
                    () -> total.set(repository.load("tally-1").invoke(Tally::total)));
            assertThat(total.get()).isEqualTo(EVENTS);
            // Every event is read again (and the snapshotter, triggered by so long a load, then writes a fresh snapshot).
            assertThat(engine.domainEventsRead() - readBeforeStale).as("events read past a stale snapshot")
                                                                   .isGreaterThanOrEqualTo(EVENTS);
        } finally {
            axon.shutdown();
        }
    }
}
