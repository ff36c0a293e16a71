package fr.entente.infra.eventstore;

import com.mongodb.client.MongoDatabase;
import fr.entente.testing.TestMongo;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import static fr.entente.infra.eventstore.EngineFixture.event;
import static fr.entente.infra.eventstore.EngineFixture.globalIndexes;
import static fr.entente.infra.eventstore.EngineFixture.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MongoEventStorageEngineTest {

    @RegisterExtension
    static final TestMongo.PerClass mongo = new TestMongo.PerClass();
    private MongoDatabase database;
    private MongoEventStorageEngine engine;

    @BeforeEach
    void freshEngine() {
        database = mongo.freshDatabase();
        engine = EngineFixture.engine(database);
    }

    @Test
    void readsBackAnAggregateStreamAsAppended() {
        List<DomainEventMessage<ThingHappened>> appended = List.of(event("thing-1", 0), event("thing-1", 1),
                                                                     event("thing-1", 2));
        engine.appendEvents(appended);

        List<? extends DomainEventMessage<?>> read = engine.readEvents("thing-1").asStream().toList();

        assertThat(read).hasSize(3);
        for (int i = 0; i < 3; i++) {
            DomainEventMessage<?> expected = appended.get(i);
            DomainEventMessage<?> actual = read.get(i);
            assertThat(actual.getIdentifier()).isEqualTo(expected.getIdentifier());
            assertThat(actual.getPayload()).isEqualTo(expected.getPayload());
            assertThat(actual.getMetaData()).isEqualTo(
                    expected.getMetaData().and(MongoEventStorageEngine.GLOBAL_SEQUENCE, (long) i + 1));
            assertThat(actual.getTimestamp()).isEqualTo(expected.getTimestamp().truncatedTo(ChronoUnit.MILLIS));
            assertThat(actual.getSequenceNumber()).isEqualTo(i);
            assertThat(actual.getType()).isEqualTo("Thing");
        }
        assertThat(engine.lastSequenceNumberFor("thing-1")).contains(2L);
        assertThat(engine.lastSequenceNumberFor("no-such-thing")).isEmpty();
    }

    @Test
    void storesPayloadAndMetaDataAsReadableJsonWithAGlobalSequenceNumber() {
        engine.appendEvents(event("thing-1", 0), event("thing-2", 0));

        Document stored = database.getCollection(MongoEventStorageEngine.EVENTS).find(new Document("_id", 2L)).first();

        assertThat(stored).isNotNull();
        assertThat(stored.getString("key")).isEqualTo("thing-2#0");
        assertThat(stored.get("payload", Document.class).getString("thingId")).isEqualTo("thing-2");
        assertThat(stored.get("metaData", Document.class).getString("actorId")).isEqualTo("person-1");
        assertThat(stored.getString("payloadType")).isEqualTo(ThingHappened.class.getName());
        assertThat(stored.getString("payloadRevision")).isEqualTo("1");
    }

    @Test
    void tellsEachEventReadItsGlobalSequenceNumberInItsMetaData() {
        engine.appendEvents(event("thing-1", 0), event("thing-2", 0), event("thing-1", 1));

        List<TrackedEventMessage<?>> log = readAll(engine, null);

        assertThat(log).extracting(event -> event.getMetaData().get(MongoEventStorageEngine.GLOBAL_SEQUENCE))
                       .containsExactly(1L, 2L, 3L);
        assertThat(engine.readEvents("thing-1").asStream().map(event -> event.getMetaData().get("globalSequence")))
                .containsExactly(1L, 3L);
        Document stored = database.getCollection(MongoEventStorageEngine.EVENTS).find().first();
        assertThat(stored.get("metaData", Document.class)).doesNotContainKey("globalSequence");
    }

    @Test
    void findsTheLastSequenceNumberOfALongStream() {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            events.add(event("long", i));
        }
        engine.appendEvents(events);

        assertThat(engine.lastSequenceNumberFor("long")).contains(299L);
        assertThat(engine.readEvents("long", 120).asStream().map(DomainEventMessage::getSequenceNumber).toList())
                .containsExactlyElementsOf(LongStream.range(120, 300).boxed().toList());
    }

    @Test
    void refusesCreatingAnAggregateThatExistsAndLeavesNoGap() {
        engine.appendEvents(event("thing-1", 0));

        assertThatThrownBy(() -> engine.appendEvents(event("thing-1", 0)))
                .isInstanceOf(AggregateStreamCreationException.class);
        assertThat(database.getCollection(MongoEventStorageEngine.EVENTS).countDocuments()).isEqualTo(1);
        engine.appendEvents(event("thing-2", 0));
        LogContinuity.Report continuity = LogContinuity.check(database);
        assertThat(continuity.head()).as("the refused append took no number").isEqualTo(2);
        assertThat(continuity.missing()).isEmpty();
        assertThat(continuity.unused()).isZero();
    }

    @Test
    void letsExactlyOneOfManyWritersAppendAtTheSameAggregateVersion() throws Exception {
        engine.appendEvents(event("contended", 0));
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            outcomes.add(pool.submit(() -> {
                start.await();
                try {
                    engine.appendEvents(event("contended", 1));
                    return true;
                } catch (ConcurrencyException e) {
                    return false;
                }
            }));
        }
        start.countDown();
        int won = 0;
        for (Future<Boolean> outcome : outcomes) {
            won += outcome.get(30, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();

        assertThat(won).isEqualTo(1);
        assertThat(engine.readEvents("contended").asStream().count()).isEqualTo(2);
        assertThat(globalIndexes(readAll(engine, null))).containsExactly(1L, 2L);
    }

    @Test
    void losesAndDoublesNoEventUnderEightWritersOnHundredAggregates() throws Exception {
        int writers = 8;
        int appendsPerWriter = 150;
        ConcurrentHashMap<String, AtomicInteger> knownVersions = new ConcurrentHashMap<>();
        AtomicInteger conflicts = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<Integer>> stored = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            stored.add(pool.submit(() -> {
                int mine = 0;
                while (mine < appendsPerWriter) {
                    String aggregate = "agg-" + ThreadLocalRandom.current().nextInt(100);
                    long next = engine.lastSequenceNumberFor(aggregate).map(last -> last + 1).orElse(0L);
                    try {
                        engine.appendEvents(event(aggregate, next));
                        knownVersions.computeIfAbsent(aggregate, a -> new AtomicInteger()).incrementAndGet();
                        mine++;
                    } catch (ConcurrencyException | AggregateStreamCreationException e) {
                        conflicts.incrementAndGet();
                    }
                }
                return mine;
            }));
        }
        int total = 0;
        for (Future<Integer> future : stored) {
            total += future.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();

        List<TrackedEventMessage<?>> log = readAll(engine, null);
        assertThat(log).hasSize(total);
        assertThat(globalIndexes(log)).containsExactlyElementsOf(LongStream.rangeClosed(1, total).boxed().toList());
        assertThat(log.stream().map(TrackedEventMessage::getIdentifier).distinct().count()).isEqualTo(total);
        knownVersions.forEach((aggregate, count) -> {
            DomainEventStream stream = engine.readEvents(aggregate);
            assertThat(stream.asStream().map(DomainEventMessage::getSequenceNumber).collect(Collectors.toList()))
                    .as(aggregate)
                    .containsExactlyElementsOf(LongStream.range(0, count.get()).boxed().toList());
        });
        System.out.printf("8 writers on 100 aggregates: %d events stored, %d conflicts refused%n", total,
                          conflicts.get());
    }

    @Test
    void keepsAppendsOfOneCallTogetherWhenOneOfThemConflicts() {
        engine.appendEvents(event("a", 0));

        assertThatThrownBy(() -> engine.appendEvents(List.of(event("b", 0), event("a", 0), event("c", 0))))
                .isInstanceOf(AggregateStreamCreationException.class);

        assertThat(engine.readEvents("b").asStream().count()).isZero();
        assertThat(engine.readEvents("c").asStream().count()).isZero();
        engine.appendEvents(event("d", 0));
        assertThat(globalIndexes(readAll(engine, null))).containsExactly(1L, 2L);
    }
}
