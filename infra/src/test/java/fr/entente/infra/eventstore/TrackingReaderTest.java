package fr.entente.infra.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import fr.entente.infra.serialization.JacksonSerializers;
import fr.entente.testing.TestMongo;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static com.mongodb.client.model.Filters.eq;
import static fr.entente.infra.eventstore.EngineFixture.event;
import static fr.entente.infra.eventstore.EngineFixture.globalIndexes;
import static fr.entente.infra.eventstore.EngineFixture.readAll;
import static org.assertj.core.api.Assertions.assertThat;

class TrackingReaderTest {

    private static final Duration IN_FLIGHT_WAIT = Duration.ofMillis(300);
    private static final Duration GAP_TIMEOUT = Duration.ofMillis(1500);

    @RegisterExtension
    static final TestMongo.PerClass mongo = new TestMongo.PerClass();
    private MongoDatabase database;
    private MongoEventStorageEngine engine;

    @BeforeEach
    void freshEngine() {
        database = mongo.freshDatabase();
        engine = EngineFixture.engine(database, EventStoreSettings.defaults().withGapTimeout(IN_FLIGHT_WAIT, GAP_TIMEOUT));
    }

    @Test
    void readsTheWholeLogInGlobalOrderFromTheTail() {
        for (int i = 0; i < 600; i++) {
            engine.appendEvents(event("thing-" + (i % 7), i / 7));
        }

        List<TrackedEventMessage<?>> all = readAll(engine, engine.createTailToken());

        assertThat(globalIndexes(all)).hasSize(600).isSorted().doesNotHaveDuplicates();
        assertThat(globalIndexes(all).get(599)).isEqualTo(600L);
    }

    @Test
    void waitsForAnEventInFlightThenRecordsItAsAGapAndStillDeliversItOnceWhenItArrives() throws Exception {
        engine.appendEvents(event("a", 0));
        Document lateEvent = allocateWithoutWriting(2);
        engine.appendEvents(event("b", 0));

        List<TrackedEventMessage<?>> first = readAll(engine, null);
        assertThat(globalIndexes(first)).as("stops before the hole while it is young").containsExactly(1L);

        Thread.sleep(IN_FLIGHT_WAIT.toMillis() + 100);
        List<TrackedEventMessage<?>> second = readAll(engine, first.get(0).trackingToken());
        assertThat(globalIndexes(second)).containsExactly(4L);
        TrackingToken afterHole = second.get(0).trackingToken();
        assertThat(((GapAwareTrackingToken) afterHole).getGaps()).containsExactly(2L, 3L);

        insertLate(lateEvent, 2L);
        List<TrackedEventMessage<?>> third = readAll(engine, afterHole);
        assertThat(identifiers(third)).as("the late event, once").containsExactly(lateEvent.getString("eventIdentifier"));
        assertThat(((GapAwareTrackingToken) third.get(0).trackingToken()).getGaps()).containsExactly(3L);
        assertThat(readAll(engine, third.get(0).trackingToken())).isEmpty();
    }

    @Test
    void forgetsAGapThatOutlivesTheGapTimeout() throws Exception {
        engine.appendEvents(event("a", 0));
        allocateWithoutWriting(1);
        engine.appendEvents(event("b", 0));
        Thread.sleep(IN_FLIGHT_WAIT.toMillis() + 100);
        TrackingToken withGap = readAll(engine, null).get(1).trackingToken();
        assertThat(((GapAwareTrackingToken) withGap).getGaps()).containsExactly(2L);

        Thread.sleep(GAP_TIMEOUT.toMillis());
        engine.appendEvents(event("c", 0));
        List<TrackedEventMessage<?>> next = readAll(engine, withGap);

        assertThat(globalIndexes(next)).containsExactly(4L);
        assertThat(((GapAwareTrackingToken) next.get(0).trackingToken()).getGaps()).isEmpty();
    }

    @Test
    void crossesAHoleWiderThanABatch() throws Exception {
        engine.appendEvents(event("a", 0));
        allocateWithoutWriting(EventStoreSettings.defaults().batchSize() * 2 + 5);
        engine.appendEvents(event("b", 0));
        Thread.sleep(IN_FLIGHT_WAIT.toMillis() + 100);

        List<TrackedEventMessage<?>> all = readAll(engine, null);

        assertThat(globalIndexes(all)).containsExactly(1L, 2L + EventStoreSettings.defaults().batchSize() * 2 + 5);
    }

    @Test
    void headTokenSkipsWhatIsWrittenAndReadsWhatComesNext() {
        for (int i = 0; i < 10; i++) {
            engine.appendEvents(event("thing", i));
        }
        TrackingToken head = engine.createHeadToken();
        assertThat(readAll(engine, head)).isEmpty();

        engine.appendEvents(event("thing", 10));

        assertThat(globalIndexes(readAll(engine, head))).containsExactly(11L);
    }

    @Test
    void headTokenKeepsAnEventInFlightAsAGap() {
        engine.appendEvents(event("a", 0));
        Document inFlight = allocateWithoutWriting(1);
        engine.appendEvents(event("b", 0));

        TrackingToken head = engine.createHeadToken();
        insertLate(inFlight, 2L);

        assertThat(identifiers(readAll(engine, head))).containsExactly(inFlight.getString("eventIdentifier"));
    }

    @Test
    void tokenAtADateStartsAtTheFirstEventStampedThenOrLater() throws Exception {
        for (int i = 0; i < 40; i++) {
            engine.appendEvents(event("before", i));
        }
        Thread.sleep(20);
        Instant cut = Instant.now();
        Thread.sleep(20);
        for (int i = 0; i < 25; i++) {
            engine.appendEvents(event("after", i));
        }

        List<TrackedEventMessage<?>> fromCut = readAll(engine, engine.createTokenAt(cut));

        assertThat(fromCut).hasSize(25).allSatisfy(e -> assertThat(e.getTimestamp()).isAfterOrEqualTo(cut));
        assertThat(globalIndexes(fromCut).get(0)).isEqualTo(41L);
        assertThat(readAll(engine, engine.createTokenAt(Instant.now().plusSeconds(60)))).isEmpty();
        assertThat(readAll(engine, engine.createTokenAt(Instant.EPOCH))).hasSize(65);
    }

    private static List<String> identifiers(List<TrackedEventMessage<?>> events) {
        return events.stream().map(TrackedEventMessage::getIdentifier).toList();
    }

    /** Takes numbers from the counter as a writer that has not written yet (or never will) would. */
    private Document allocateWithoutWriting(int count) {
        database.getCollection(MongoEventStorageEngine.COUNTERS)
                .updateOne(eq("_id", GlobalSequence.EVENTS_COUNTER), Updates.inc("value", (long) count));
        return new EventDocumentMapper().toEventDocument(event("late", 0), JacksonSerializers.messages());
    }

    private void insertLate(Document document, long globalIndex) {
        MongoCollection<Document> events = database.getCollection(MongoEventStorageEngine.EVENTS);
        document.put("_id", globalIndex);
        events.insertOne(document);
    }
}
