package fr.entente.mongo.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;

/**
 * Every acknowledged write is a commit, and a commit writes a chunk: the file must nevertheless stay small,
 * while readers scan the collection concurrently (which, with a naive zero retention time, failed with
 * "Chunk N not found").
 */
class FileStaysBoundedUnderCommitPerWriteTest {

    private static final int INSERTS = 20_000;
    private static final int WRITER_THREADS = 2;
    private static final long MAX_FILE_BYTES = 40L * 1024 * 1024;

    @TempDir
    Path dataDirectory;

    @Test
    void fileStaysBoundedAndConcurrentReadersNeverMissAChunk() throws Exception {
        // a 1 MB page cache, so that readers really read old pages from the file while commits free chunks
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(
            // the size of the file, not durability, is under test here: syncs would only slow the 30,000 writes
            new EmbeddedMongoSettings(dataDirectory, null, 0, Durability.NO_SYNC), 1);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> events = client.getDatabase("bounded").getCollection("events");
            MongoCollection<Document> counters = client.getDatabase("bounded").getCollection("counters");
            events.createIndex(Indexes.ascending("aggregateId", "sequence"));
            events.createIndex(Indexes.ascending("type"));

            AtomicBoolean writing = new AtomicBoolean(true);
            AtomicLong reads = new AtomicLong();
            AtomicLong maxFileSize = new AtomicLong();
            ConcurrentLinkedQueue<Throwable> readerFailures = new ConcurrentLinkedQueue<>();
            ExecutorService executor = Executors.newFixedThreadPool(WRITER_THREADS + 3);
            List<Future<?>> writers = new ArrayList<>();
            long start = System.nanoTime();
            for (int t = 0; t < WRITER_THREADS; t++) {
                int thread = t;
                writers.add(executor.submit(() -> {
                    Random random = new Random(thread);
                    FindOneAndUpdateOptions upsert = new FindOneAndUpdateOptions().upsert(true)
                        .returnDocument(ReturnDocument.AFTER);
                    for (int i = 0; i < INSERTS / WRITER_THREADS; i++) {
                        if (i % 2 == 0) {
                            counters.findOneAndUpdate(Filters.eq("_id", "events"), Updates.inc("value", 1L), upsert);
                        }
                        events.insertOne(event(random, thread * 1_000_000L + i));

                        if (i % 500 == 0) {
                            maxFileSize.accumulateAndGet(server.fileSize(), Math::max);
                        }
                    }
                    return null;
                }));
            }
            List<Future<?>> readers = new ArrayList<>();
            for (int r = 0; r < 3; r++) {
                int reader = r;
                readers.add(executor.submit(() -> {
                    Random random = new Random(100 + reader);
                    while (writing.get()) {
                        try {
                            if (reader == 0) {
                                // a whole-collection scan: long-lived iteration over old pages
                                events.countDocuments(Filters.eq("payload.flag", true));
                            } else if (reader == 1) {
                                // an event-store read: the last events of an aggregate, in index order
                                events.find(Filters.eq("aggregateId", "agg-" + random.nextInt(200)))
                                    .sort(Sorts.descending("sequence")).limit(10).into(new ArrayList<>());
                            } else {
                                events.find(Filters.eq("type", "type-" + random.nextInt(10)))
                                    .sort(Sorts.descending("_id")).limit(20).into(new ArrayList<>());
                            }
                            reads.incrementAndGet();
                            Thread.sleep(reader == 0 ? 500 : 5);
                        } catch (RuntimeException e) {
                            readerFailures.add(e);
                        } catch (InterruptedException e) {
                            return null;
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get(5, TimeUnit.MINUTES);
            }
            long writeMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            writing.set(false);
            for (Future<?> reader : readers) {
                reader.get(1, TimeUnit.MINUTES);
            }
            executor.shutdown();

            long fileSize = server.fileSize();
            maxFileSize.accumulateAndGet(fileSize, Math::max);
            GroupCommit.CommitStatistics statistics = server.backend().commitStatistics();
            System.out.println("fill rates: " + server.fillRates());
            System.out.printf("file size after %d inserts (+%d counter updates) from %d threads: %.1f MB"
                    + " (largest seen %.1f MB); %d concurrent reads; %d ms (%.0f writes/s);"
                    + " %d commits for %d writes, commit avg %.2f ms, max %.1f ms%n",
                INSERTS, INSERTS / 2, WRITER_THREADS, fileSize / 1048576.0, maxFileSize.get() / 1048576.0, reads.get(),
                writeMillis, 1.5 * INSERTS * 1000 / writeMillis, statistics.commits(), statistics.writes(),
                statistics.averageCommitNanos() / 1e6, statistics.maxCommitNanos() / 1e6);

            assertThat(readerFailures).as("reader failures (e.g. Chunk not found)").isEmpty();
            assertThat(reads.get()).isPositive();
            assertThat(events.countDocuments()).isEqualTo(INSERTS);
            assertThat(counters.find(Filters.eq("_id", "events")).first().getLong("value")).isEqualTo(INSERTS / 2);
            assertThat(maxFileSize.get()).isLessThan(MAX_FILE_BYTES);

            // then 10,000 more commits that add no data: the file must not grow with the number of commits
            Document stats = client.getDatabase("bounded").runCommand(new Document("dbStats", 1));
            Random random = new Random(7);
            long updatesStart = System.nanoTime();
            for (int i = 0; i < 5_000; i++) {
                counters.updateOne(Filters.eq("_id", "events"), Updates.inc("value", 1L));
                events.updateOne(Filters.eq("_id", (long) random.nextInt(INSERTS / WRITER_THREADS)),
                    Updates.set("payload.flag", random.nextBoolean()));
            }
            long afterUpdates = server.fileSize();
            System.out.printf("documents hold %.1f MB of BSON; after 10,000 more single-document updates"
                    + " (%d ms) the file is %.1f MB (%s)%n", ((Number) stats.get("dataSize")).doubleValue() / 1048576.0,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - updatesStart), afterUpdates / 1048576.0,
                server.fillRates());
            assertThat(afterUpdates).isLessThan(Math.max(fileSize, maxFileSize.get()) * 5 / 4);
        }
        long closedSize = java.nio.file.Files.size(dataDirectory.resolve(EmbeddedMongoServer.DATA_FILE_NAME));
        System.out.printf("file size after close: %.1f MB%n", closedSize / 1048576.0);
    }

    /** About 1 KB of BSON, shaped like an application event. */
    private static Document event(Random random, long sequence) {
        StringBuilder text = new StringBuilder();
        while (text.length() < 600) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        return new Document("_id", sequence)
            .append("aggregateId", "agg-" + random.nextInt(200))
            .append("sequence", sequence)
            .append("type", "type-" + random.nextInt(10))
            .append("timestamp", new java.util.Date())
            .append("correlationId", UUID.randomUUID().toString())
            .append("payload", new Document("title", text.toString())
                .append("flag", random.nextBoolean())
                .append("amount", random.nextDouble() * 1000)
                .append("author", "person-" + random.nextInt(1000))
                .append("tags", List.of("t" + random.nextInt(20), "t" + random.nextInt(20))));
    }

    private static final String[] WORDS = ("réunion bureau coopération centre gestion délibération convocation"
        + " ordre jour procès verbal vote pour contre abstention membre titulaire suppléant président secrétaire"
        + " document annexe budget compte rendu décision validé refusé reporté séance publique").split(" ");
}
