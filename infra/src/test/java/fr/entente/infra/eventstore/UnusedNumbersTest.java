package fr.entente.infra.eventstore;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import fr.entente.infra.serialization.JacksonSerializers;
import fr.entente.testing.TestMongo;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static com.mongodb.client.model.Filters.eq;
import static fr.entente.infra.eventstore.EngineFixture.event;
import static fr.entente.infra.eventstore.EngineFixture.globalIndexes;
import static fr.entente.infra.eventstore.EngineFixture.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Numbers allocated and never written are recorded as unused, so that the log never has an unexplained hole. */
class UnusedNumbersTest {

    private static final Duration IN_FLIGHT_WAIT = Duration.ofMillis(200);
    private static final Duration GAP_TIMEOUT = Duration.ofMillis(800);

    @RegisterExtension
    static final TestMongo.PerClass mongo = new TestMongo.PerClass();
    private MongoDatabase database;

    @BeforeEach
    void freshDatabase() {
        database = mongo.freshDatabase();
    }

    @Test
    void marksAtStartTheNumbersAStoppedWriterAllocatedAndNeverWrote() {
        MongoEventStorageEngine before = EngineFixture.soleWriterEngine(database);
        before.appendEvents(event("a", 0));
        allocateWithoutWriting(5);

        MongoEventStorageEngine after = EngineFixture.soleWriterEngine(database);
        after.appendEvents(event("b", 0));

        LogContinuity.Report continuity = LogContinuity.check(database);
        assertThat(continuity.missing()).isEmpty();
        assertThat(continuity.unused()).isEqualTo(5);
        assertThat(continuity.events()).isEqualTo(2);
        Document marker = events().find(eq("_id", 4L)).first();
        assertThat(marker.get("unused", Document.class))
                .containsEntry("reason", "writer-stopped").containsEntry("first", 2L).containsEntry("last", 6L);
        assertThat(marker.getString("key")).isEqualTo("unused:4");
        List<TrackedEventMessage<?>> read = readAll(after, null);
        assertThat(globalIndexes(read)).containsExactly(1L, 7L);
        assertThat(((GapAwareTrackingToken) read.get(1).trackingToken()).getGaps())
                .as("marked numbers are explained, not gaps").isEmpty();
    }

    @Test
    void onAStoreOtherNodesShareMarksOnlyAllocationsOlderThanTheGapTimeout() throws Exception {
        EventStoreSettings settings = EventStoreSettings.defaults().withGapTimeout(IN_FLIGHT_WAIT, GAP_TIMEOUT);
        EngineFixture.engine(database, settings).appendEvents(event("a", 0));
        allocateWithoutWriting(3);

        EngineFixture.engine(database, settings);
        assertThat(LogContinuity.check(database).missing()).as("possibly in flight: left alone").hasSize(3);

        Thread.sleep(GAP_TIMEOUT.toMillis() + 200);
        EngineFixture.engine(database, settings);
        LogContinuity.Report continuity = LogContinuity.check(database);
        assertThat(continuity.missing()).isEmpty();
        assertThat(continuity.unused()).isEqualTo(3);
    }

    @Test
    void aRunningNodeMarksTheNumbersANodeThatDiedAllocatedWithoutARestart() throws Exception {
        EventStoreSettings settings = EventStoreSettings.defaults().withGapTimeout(IN_FLIGHT_WAIT, GAP_TIMEOUT);
        MongoEventStorageEngine survivor = EngineFixture.engine(database, settings);
        survivor.appendEvents(event("a", 0));
        allocateWithoutWriting(2); // the node that died between its allocation and its insert
        survivor.appendEvents(event("b", 0));

        assertThat(survivor.recordUnwrittenAllocations()).as("possibly in flight: left alone").isZero();
        Thread.sleep(GAP_TIMEOUT.toMillis() + 200);
        assertThat(survivor.recordUnwrittenAllocations()).isEqualTo(2);
        assertThat(LogContinuity.check(database).missing()).isEmpty();
        assertThat(survivor.recordUnwrittenAllocations()).as("marked once").isZero();
        assertThat(EngineFixture.soleWriterEngine(database).recordUnwrittenAllocations())
                .as("a store one process owns has nothing to mark after its start").isZero();
    }

    @Test
    void aLateWriteCannotTakeANumberMarkedUnused() {
        EngineFixture.soleWriterEngine(database).appendEvents(event("a", 0));
        allocateWithoutWriting(1);
        EngineFixture.soleWriterEngine(database);

        Document late = new EventDocumentMapper().toEventDocument(event("late", 0), JacksonSerializers.messages());
        late.put("_id", 2L);
        assertThatThrownBy(() -> events().insertOne(late)).isInstanceOf(MongoWriteException.class)
                                                          .hasMessageContaining("E11000");
    }

    @Test
    void aReaderWaitingOnAGapStepsOverItOnceItIsMarked() throws Exception {
        MongoEventStorageEngine engine = EngineFixture.engine(
                database, EventStoreSettings.defaults().withGapTimeout(IN_FLIGHT_WAIT, Duration.ofMinutes(5)));
        engine.appendEvents(event("a", 0));
        allocateWithoutWriting(2);
        engine.appendEvents(event("b", 0));
        Thread.sleep(IN_FLIGHT_WAIT.toMillis() + 100);
        List<TrackedEventMessage<?>> first = readAll(engine, null);
        GapAwareTrackingToken withGaps = (GapAwareTrackingToken) first.get(first.size() - 1).trackingToken();
        assertThat(withGaps.getGaps()).containsExactly(2L, 3L);

        new UnusedNumbers(events(), java.time.Clock.systemUTC()).mark(2, 3, UnusedNumbers.Reason.INSERT_FAILED);
        engine.appendEvents(event("c", 0));
        List<TrackedEventMessage<?>> next = readAll(engine, withGaps);

        assertThat(globalIndexes(next)).containsExactly(5L);
        assertThat(((GapAwareTrackingToken) next.get(0).trackingToken()).getGaps()).isEmpty();
    }

    @Test
    void aWindowOfOnlyUnusedNumbersDoesNotEndTheLog() {
        MongoEventStorageEngine engine = EngineFixture.soleWriterEngine(database);
        engine.appendEvents(event("a", 0));
        allocateWithoutWriting(EventStoreSettings.defaults().batchSize() * 3);
        engine = EngineFixture.soleWriterEngine(database);
        engine.appendEvents(event("b", 0));

        assertThat(globalIndexes(readAll(engine, null)))
                .containsExactly(1L, 2L + EventStoreSettings.defaults().batchSize() * 3);
    }

    @Test
    void twoNodesRacingForTheSameAggregateVersionsLeaveNoUnexplainedHole() throws Exception {
        List<MongoEventStorageEngine> nodes = List.of(EngineFixture.engine(database), EngineFixture.engine(database));
        int threadsPerNode = 3;
        int versions = 60;
        ExecutorService pool = Executors.newFixedThreadPool(nodes.size() * threadsPerNode);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger stored = new AtomicInteger();
        List<Future<?>> done = new ArrayList<>();
        for (MongoEventStorageEngine node : nodes) {
            for (int t = 0; t < threadsPerNode; t++) {
                done.add(pool.submit(() -> {
                    start.await();
                    for (int version = 0; version < versions; version++) {
                        try {
                            node.appendEvents(event("contended-" + (version % 3), version / 3));
                            stored.incrementAndGet();
                        } catch (ConcurrencyException | AggregateStreamCreationException refused) {
                            // another writer, of this node or the other, had that version first
                        }
                    }
                    return null;
                }));
            }
        }
        start.countDown();
        for (Future<?> future : done) {
            future.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();

        LogContinuity.Report continuity = LogContinuity.check(database);
        assertThat(continuity.missing()).isEmpty();
        assertThat(continuity.events()).isEqualTo(stored.get()).isEqualTo(versions);
        System.out.printf("two nodes racing: %d events, %d numbers marked unused%n", continuity.events(),
                          continuity.unused());
    }

    private void allocateWithoutWriting(int count) {
        database.getCollection(MongoEventStorageEngine.COUNTERS)
                .updateOne(eq("_id", GlobalSequence.EVENTS_COUNTER), Updates.inc("value", (long) count));
    }

    private com.mongodb.client.MongoCollection<Document> events() {
        return database.getCollection(MongoEventStorageEngine.EVENTS);
    }
}
