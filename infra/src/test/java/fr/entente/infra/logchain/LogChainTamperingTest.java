package fr.entente.infra.logchain;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import fr.entente.infra.eventstore.EventStoreSettings;
import fr.entente.infra.eventstore.MongoEventStorageEngine;
import fr.entente.infra.serialization.JacksonSerializers;
import fr.entente.testing.TestMongo;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The verifier recomputes the chain from the log and names the first entry tampered with: one byte of a payload, one
 * metadata field, an entry deleted, two swapped, one inserted; and someone who rewrote an entry and the whole chain
 * after it is caught by the signed checkpoint, whose own signature does not survive a change.
 */
class LogChainTamperingTest {

    record NoteTaken(String thingId, long sequence, String text) {
    }

    @RegisterExtension
    static final TestMongo.PerClass mongo = new TestMongo.PerClass();
    private static final CheckpointSignatures KEY = CheckpointSignatures.keptIn(
            Path.of(System.getProperty("java.io.tmpdir"), "entente-logchain-test-" + ProcessHandle.current().pid(), "key"));

    private MongoDatabase database;
    private MongoCollection<Document> events;
    private LogChain chain;
    private LogVerifier verifier;
    private LogCheckpoints checkpoints;
    private List<Long> positions;

    @BeforeEach
    void aLogOf300Events() {
        database = mongo.freshDatabase();
        MongoEventStorageEngine engine = MongoEventStorageEngine.builder().database(database).soleWriter(true)
                                                                .settings(EventStoreSettings.defaults())
                                                                .eventSerializer(JacksonSerializers.messages())
                                                                .snapshotSerializer(JacksonSerializers.snapshots()).build();
        for (int sequence = 0; sequence < 100; sequence++) {
            for (String thing : List.of("a", "b", "c")) {
                engine.appendEvents(new GenericDomainEventMessage<>("Thing", thing, sequence,
                        new NoteTaken(thing, sequence, "note " + sequence), MetaData.with("actorId", "person-" + thing)));
            }
        }
        events = database.getCollection("events");
        positions = events.find().sort(Sorts.ascending("_id")).map(document -> document.get("_id", Number.class).longValue())
                          .into(new java.util.ArrayList<>());
        chain = new LogChain(database).withIndexes();
        verifier = new LogVerifier(chain, Clock.systemUTC());
        checkpoints = new LogCheckpoints(database, chain, KEY, Clock.systemUTC());
        assertThat(chain.extendFully()).isEqualTo(300);
    }

    @Test
    void anUntouchedLogVerifiesAndTheChainCoversItAll() {
        Verification verification = verify();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.entriesChecked()).isEqualTo(300);
        assertThat(verification.chainedUpTo()).isEqualTo(positions.get(299));
    }

    @Test
    void oneCharacterOfAPayload() {
        long position = positions.get(120);
        events.updateOne(Filters.eq("_id", position), Updates.set("payload.text", "note 41"));
        assertThat(problem()).isEqualTo(new LogProblem(LogProblem.Kind.ALTERED, Long.toString(position),
                                                       "this entry differs from what was written at this position"));
    }

    @Test
    void oneFieldOfTheMetadata() {
        long position = positions.get(7);
        events.updateOne(Filters.eq("_id", position), Updates.set("metaData.actorId", "person-z"));
        assertThat(problem().kind()).isEqualTo(LogProblem.Kind.ALTERED);
        assertThat(problem().position()).isEqualTo(Long.toString(position));
    }

    @Test
    void anEntryDeleted() {
        long position = positions.get(200);
        events.deleteOne(Filters.eq("_id", position));
        assertThat(problem().kind()).isEqualTo(LogProblem.Kind.MISSING);
        assertThat(problem().position()).isEqualTo(Long.toString(position));
    }

    @Test
    void twoEntriesSwapped() {
        long first = positions.get(50);
        long second = positions.get(90);
        Document atFirst = events.find(Filters.eq("_id", first)).first();
        Document atSecond = events.find(Filters.eq("_id", second)).first();
        events.deleteMany(Filters.in("_id", first, second));
        events.insertOne(atSecond.append("_id", first));
        events.insertOne(atFirst.append("_id", second));
        assertThat(problem()).isEqualTo(new LogProblem(LogProblem.Kind.REORDERED, Long.toString(first),
                                                       "this entry was written at position " + second));
    }

    @Test
    void anEntryInserted() {
        Document forged = events.find(Filters.eq("_id", positions.get(10))).first();
        forged.put("_id", positions.get(10) + 0.5);
        forged.put("key", "forged#1");
        forged.put("eventIdentifier", "forged-event");
        events.insertOne(forged);
        assertThat(problem().kind()).isEqualTo(LogProblem.Kind.INSERTED);
        assertThat(problem().position()).isEqualTo(Double.toString(positions.get(10) + 0.5));
    }

    @Test
    void anEntryInsertedUnderAKeyThatIsNoPosition() {
        Document forged = events.find(Filters.eq("_id", positions.get(10))).first();
        forged.put("_id", "forged");
        forged.put("key", "forged#2");
        forged.put("eventIdentifier", "forged-event-2");
        events.insertOne(forged);
        assertThat(problem().kind()).as("the windows of positions do not see it; the count does").isEqualTo(LogProblem.Kind.INSERTED);
        assertThat(problem().position()).isEqualTo("forged");
    }

    @Test
    void anEntryAndTheWholeChainAfterItRewrittenIsCaughtByTheCheckpoint() {
        Checkpoint signed = checkpoints.writeFor(LocalDate.of(2026, 12, 1)).orElseThrow();
        long position = positions.get(30);
        events.updateOne(Filters.eq("_id", position), Updates.set("payload.text", "rewritten"));
        database.getCollection(LogChain.COLLECTION).deleteMany(Filters.gte("_id", position));
        new LogChain(database).extendFully();

        assertThat(verifier.verify(List.of(), KEY).intact()).as("without a checkpoint the rewrite is consistent").isTrue();
        LogProblem problem = problem();
        assertThat(problem.kind()).isEqualTo(LogProblem.Kind.CHECKPOINT_MISMATCH);
        assertThat(problem.position()).isEqualTo(Long.toString(signed.position()));
    }

    @Test
    void aCheckpointVerifiesAndAChangedOneDoesNot() {
        Checkpoint signed = checkpoints.writeFor(LocalDate.of(2026, 12, 2)).orElseThrow();
        assertThat(KEY.verifies(signed)).isTrue();
        assertThat(checkpoints.writeFor(LocalDate.of(2026, 12, 2))).contains(signed);

        Checkpoint moved = new Checkpoint(signed.day(), signed.position() - 1, signed.linkHex(), signed.signedAt(), signed.signature());
        assertThat(KEY.verifies(moved)).isFalse();
        database.getCollection(LogCheckpoints.COLLECTION).updateOne(Filters.eq("_id", "2026-12-02"),
                                                                    Updates.set("link", "00" + signed.linkHex().substring(2)));
        assertThat(problem().kind()).isEqualTo(LogProblem.Kind.CHECKPOINT_FORGED);

        CheckpointSignatures another = CheckpointSignatures.keptIn(Path.of(System.getProperty("java.io.tmpdir"),
                "entente-logchain-other-" + ProcessHandle.current().pid(), "key"));
        assertThat(another.verifies(signed)).as("a checkpoint verifies with its hub's public key only").isFalse();
        assertThat(CheckpointSignatures.verifyingWith(KEY.publicKeyBase64()).verifies(signed)).isTrue();
    }

    @Test
    void twoNodesExtendingTheChainAtOnceWriteTheSameLinks() {
        database.getCollection(LogChain.COLLECTION).deleteMany(Filters.gte("_id", positions.get(100)));
        LogChain node1 = new LogChain(database);
        LogChain node2 = new LogChain(database);
        node1.extend(50);
        node2.extend(120);
        node1.extend(500);
        node2.extend(500);
        assertThat(verify().intact()).isTrue();
        assertThat(chain.head().orElseThrow().position()).isEqualTo(positions.get(299));
    }

    private Verification verify() {
        return verifier.verify(checkpoints.all(), KEY);
    }

    private LogProblem problem() {
        return verify().problem().orElseThrow(() -> new AssertionError("the verifier found nothing"));
    }
}
