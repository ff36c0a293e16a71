package fr.entente.mongo.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

/**
 * A power cut: the server runs on a file system that keeps every write in memory until the file is synced
 * ({@link PowerCutFileSystem}); under four writers appending as the event store does (a counter allocation with
 * {@code j: false}, then an ordered insert of a group of events: journaled, or, for half the writers, acknowledged
 * once applied and followed, out of the allocation's lock, by a journaled write to another document, as the store's
 * pipelined groups are), the power is cut, and the data file, holding only
 * what was synced, is opened again: every write acknowledged before the cut is there. Without syncs, the same cut
 * loses acknowledged writes, which shows that the test can see a loss.
 */
class AcknowledgedWritesSurviveAPowerCutTest {

    private static final int WRITERS = 4;
    private static final int ACKNOWLEDGED_BEFORE_CUT = 1_500;

    @TempDir
    Path dataDirectory;

    @Test
    void everyWriteAcknowledgedBeforeThePowerCutIsOnTheDisk() throws Exception {
        Outcome outcome = cutThePowerUnderLoad(Durability.SYNC);

        System.out.printf("power cut with syncs: %d writes acknowledged before the cut, %d of them on the disk%n",
            outcome.acknowledged().size(), outcome.acknowledged().size() - outcome.lost().size());
        assertThat(outcome.acknowledged()).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_CUT);
        assertThat(outcome.lost()).as("acknowledged writes lost at the power cut").isEmpty();
        assertThat(outcome.counter()).as("the counter covers every acknowledged event")
            .isGreaterThanOrEqualTo(outcome.highestAcknowledgedId());
    }

    @Test
    void withoutSyncsAPowerCutLosesAcknowledgedWrites() throws Exception {
        Outcome outcome = cutThePowerUnderLoad(Durability.NO_SYNC);

        System.out.printf("power cut without syncs: %d writes acknowledged before the cut, %d lost%n",
            outcome.acknowledged().size(), outcome.lost().size());
        assertThat(outcome.lost()).isNotEmpty();
    }

    private record Outcome(Set<Long> acknowledged, Set<Long> lost, long counter) {
        long highestAcknowledgedId() {
            return acknowledged.stream().mapToLong(Long::longValue).max().orElse(0);
        }
    }

    private Outcome cutThePowerUnderLoad(Durability durability) throws Exception {
        PowerCutFileSystem.install();
        EmbeddedMongoSettings settings = EmbeddedMongoSettings.of(dataDirectory).withPort(0).withDurability(durability);
        Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
        EmbeddedMongoServer server = EmbeddedMongoServer.start(settings, 16, PowerCutFileSystem.PREFIX);
        try (MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> events = client.getDatabase("store").getCollection("events")
                .withWriteConcern(WriteConcern.MAJORITY.withJournal(true));
            MongoCollection<Document> counters = client.getDatabase("store").getCollection("counters")
                .withWriteConcern(WriteConcern.W1.withJournal(false));
            AtomicBoolean stop = new AtomicBoolean();
            Object allocation = new Object();
            List<Thread> writers = new ArrayList<>();
            MongoCollection<Document> eventsApplied = events.withWriteConcern(WriteConcern.W1.withJournal(false));
            MongoCollection<Document> barrier = counters.withWriteConcern(WriteConcern.W1.withJournal(true));
            for (int w = 0; w < WRITERS; w++) {
                boolean pipelined = w % 2 == 0;
                Thread writer = new Thread(() -> {
                    while (!stop.get()) {
                        int groupSize = 1 + (int) (Math.random() * 5);
                        long first;
                        List<Document> group = new ArrayList<>();
                        synchronized (allocation) {
                            Document counter = counters.findOneAndUpdate(new Document("_id", "events"),
                                Updates.inc("value", (long) groupSize),
                                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
                            first = counter.getLong("value") - groupSize + 1;
                            for (long id = first; id < first + groupSize; id++) {
                                group.add(new Document("_id", id).append("key", "thing#" + id)
                                    .append("payload", new Document("note", "x".repeat(300))));
                            }
                            (pipelined ? eventsApplied : events).insertMany(group,
                                new InsertManyOptions().ordered(true));
                        }
                        if (pipelined) {
                            barrier.updateOne(new Document("_id", "durability-barrier"), Updates.inc("waits", 1L),
                                new UpdateOptions().upsert(true));
                        }
                        if (!PowerCutFileSystem.isCut()) {
                            group.forEach(document -> acknowledged.add(document.getLong("_id")));
                        }
                    }
                });
                writer.start();
                writers.add(writer);
            }
            while (acknowledged.size() < ACKNOWLEDGED_BEFORE_CUT) {
                Thread.sleep(5);
            }
            PowerCutFileSystem.cut();
            Set<Long> acknowledgedBeforeCut = new HashSet<>(acknowledged);
            stop.set(true);
            for (Thread writer : writers) {
                writer.join();
            }
            acknowledged.retainAll(acknowledgedBeforeCut);
        } finally {
            try {
                server.close();
            } catch (RuntimeException afterThePowerCut) {
                // the machine is off: whatever the close would have written does not matter
            }
        }

        PowerCutFileSystem.install();
        try (EmbeddedMongoServer restarted = EmbeddedMongoServer.start(settings);
             MongoClient client = MongoClients.create(restarted.connectionString())) {
            Set<Long> present = new HashSet<>();
            client.getDatabase("store").getCollection("events").find().projection(new Document("_id", 1))
                .forEach(document -> present.add(document.getLong("_id")));
            Document counter = client.getDatabase("store").getCollection("counters")
                .find(new Document("_id", "events")).first();
            Set<Long> lost = new HashSet<>(acknowledged);
            lost.removeAll(present);
            return new Outcome(acknowledged, lost, counter == null ? 0 : counter.getLong("value"));
        }
    }
}
