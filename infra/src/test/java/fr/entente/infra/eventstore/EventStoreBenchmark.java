package fr.entente.infra.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import fr.entente.mongo.embedded.EmbeddedMongoServer;
import fr.entente.mongo.embedded.EmbeddedMongoSettings;
import fr.entente.infra.serialization.JacksonSerializers;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

import static com.mongodb.client.model.Filters.eq;
import static fr.entente.infra.eventstore.EngineFixture.event;

/**
 * Prints the figures of the event store on the embedded server: append rates against the driver's own, aggregate
 * loads at 10k and 1M events, replay rates, bytes per event, memory. Not a test: run it with
 * {@code mvn -B -pl infra -Pbenchmark -DskipTests verify} (README), {@code -Dbenchmark.events=N} for a smaller log.
 */
public final class EventStoreBenchmark {

    private static final int APPENDS = Integer.getInteger("benchmark.appends", 4_000);
    private static final int TOTAL_EVENTS = Integer.getInteger("benchmark.events", 1_000_000);
    private static final int BIG_AGGREGATE = 1_000;
    private static final int LOADS = 200;

    private final MongoDatabase database;
    private final MongoEventStorageEngine engine;
    private final Path dataDirectory;
    private long stored;

    private EventStoreBenchmark(MongoDatabase database, MongoEventStorageEngine engine, Path dataDirectory) {
        this.database = database;
        this.engine = engine;
        this.dataDirectory = dataDirectory;
    }

    public static void main(String[] args) throws Exception {
        Path dataDirectory = Files.createTempDirectory("entente-benchmark");
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(new EmbeddedMongoSettings(dataDirectory, "127.0.0.1", 0));
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoDatabase database = client.getDatabase("benchmark");
            EventStoreBenchmark benchmark = new EventStoreBenchmark(database, EngineFixture.engine(database), dataDirectory);
            benchmark.run();
        }
        deleteRecursively(dataDirectory);
    }

    private void run() throws Exception {
        System.out.printf(Locale.ROOT, "Entente event store benchmark - embedded server, %d cores, max heap %d MB%n",
                          Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        for (int threads : new int[]{1, 4}) {
            double engineRate = appendRate(threads);
            double driverRate = driverInsertRate(threads);
            System.out.printf(Locale.ROOT,
                              "append, %d writer(s): %,.0f events/s; driver insertOne of equal documents: %,.0f docs/s; ratio %.2f%n",
                              threads, engineRate, driverRate, engineRate / driverRate);
        }
        appendBigAggregate();
        fillTo(Math.min(10_000, TOTAL_EVENTS));
        reportAggregateLoad();
        fillTo(TOTAL_EVENTS);
        reportAggregateLoad();
        reportReplay("no-op projection", new NoOpProjection());
        reportReplay("Mongo read-model projection", new ReadModelProjection(database.getCollection("readmodel")));
        System.out.printf(Locale.ROOT, "data directory: %,d bytes for %,d events = %.0f bytes/event%n",
                          directorySize(), stored, (double) directorySize() / stored);
        reportMemory();
    }

    private double appendRate(int threads) throws Exception {
        int perThread = APPENDS / threads;
        long elapsed = inParallel(threads, t -> {
            for (int i = 0; i < perThread; i++) {
                engine.appendEvents(event("append-" + threads + "-" + t, i));
            }
        });
        stored += (long) perThread * threads;
        return perThread * threads / seconds(elapsed);
    }

    private double driverInsertRate(int threads) throws Exception {
        MongoCollection<Document> direct = database.getCollection("direct");
        EventDocumentMapper mapper = new EventDocumentMapper();
        int perThread = APPENDS / threads;
        AtomicLong ids = new AtomicLong(threads * 10_000_000L);
        long elapsed = inParallel(threads, t -> {
            for (int i = 0; i < perThread; i++) {
                Document document = mapper.toEventDocument(event("direct-" + threads + "-" + t, i),
                                                           JacksonSerializers.messages());
                document.put("_id", ids.incrementAndGet());
                direct.insertOne(document);
            }
        });
        return perThread * threads / seconds(elapsed);
    }

    private void appendBigAggregate() {
        for (int i = 0; i < BIG_AGGREGATE; i++) {
            engine.appendEvents(event("big", i));
        }
        stored += BIG_AGGREGATE;
    }

    private void fillTo(long target) {
        long start = System.nanoTime();
        long before = stored;
        int batch = 1_000;
        while (stored < target) {
            int size = (int) Math.min(batch, target - stored);
            List<DomainEventMessage<?>> events = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                events.add(event("fill-" + (stored + i), 0));
            }
            engine.appendEvents(events);
            stored += size;
        }
        if (stored > before) {
            System.out.printf(Locale.ROOT, "filled to %,d events (%,.0f events/s in batches of %d)%n", stored,
                              (stored - before) / seconds(System.nanoTime() - start), batch);
        }
    }

    private void reportAggregateLoad() {
        long[] micros = new long[LOADS];
        for (int i = 0; i < LOADS; i++) {
            long start = System.nanoTime();
            long count = engine.readEvents("big").asStream().count();
            micros[i] = (System.nanoTime() - start) / 1_000;
            if (count != BIG_AGGREGATE) {
                throw new IllegalStateException("read " + count + " events of the big aggregate");
            }
        }
        java.util.Arrays.sort(micros);
        System.out.printf(Locale.ROOT, "load of a %d-event aggregate at %,d stored events: p50 %.1f ms, p99 %.1f ms%n",
                          BIG_AGGREGATE, stored, micros[LOADS / 2] / 1000.0, micros[LOADS * 99 / 100] / 1000.0);
    }

    private void reportReplay(String name, Object projection) throws Exception {
        CountingHandler counter = new CountingHandler(projection);
        Configurer configurer = DefaultConfigurer.defaultConfiguration(false)
                .configureSerializer(c -> JacksonSerializers.messages())
                .configureEmbeddedEventStore(c -> engine);
        String processor = "replay-" + name.replace(' ', '-');
        configurer.eventProcessing()
                  .registerTokenStore(c -> TrackingTokenStores.mongo(database, JacksonSerializers.messages(),
                                                                     "benchmark", Duration.ofSeconds(30)))
                  .registerTrackingEventProcessor(processor,
                          c -> (StreamableMessageSource<TrackedEventMessage<?>>) c.eventStore(),
                          c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing().andBatchSize(500))
                  .registerEventHandler(c -> counter)
                  .assignHandlerInstancesMatching(processor, handler -> handler == counter);
        Configuration axon = configurer.buildConfiguration();
        long start = System.nanoTime();
        axon.start();
        while (counter.count.get() < stored) {
            Thread.sleep(50);
        }
        long elapsed = System.nanoTime() - start;
        axon.shutdown();
        System.out.printf(Locale.ROOT, "replay of %,d events into a %s: %,.0f events/s%n", stored, name,
                          stored / seconds(elapsed));
    }

    private void reportMemory() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        long heapUsed = runtime.totalMemory() - runtime.freeMemory();
        System.out.printf(Locale.ROOT, "heap used after GC: %d MB (committed %d MB); RSS: %s%n", heapUsed >> 20,
                          runtime.totalMemory() >> 20, residentSetSize());
    }

    private static String residentSetSize() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/self/status"))) {
            return lines.filter(line -> line.startsWith("VmRSS")).map(line -> line.replaceAll("\\s+", " "))
                        .findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown (" + ManagementFactory.getRuntimeMXBean().getName() + ")";
        }
    }

    private long directorySize() throws IOException {
        try (Stream<Path> files = Files.walk(dataDirectory)) {
            return files.filter(Files::isRegularFile).mapToLong(path -> path.toFile().length()).sum();
        }
    }

    private static long inParallel(int threads, IntConsumer work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            futures.add(pool.submit(() -> work.accept(thread)));
        }
        for (Future<?> future : futures) {
            future.get(30, TimeUnit.MINUTES);
        }
        long elapsed = System.nanoTime() - start;
        pool.shutdown();
        return elapsed;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    /** Counts what reaches the projection under measure. */
    static final class CountingHandler {
        final AtomicLong count = new AtomicLong();
        private final Object projection;

        CountingHandler(Object projection) {
            this.projection = projection;
        }

        @EventHandler
        void on(ThingHappened event) {
            if (projection instanceof ReadModelProjection readModel) {
                readModel.on(event);
            }
            count.incrementAndGet();
        }
    }

    static final class NoOpProjection {
    }

    /**
     * A read model written the way a busy projection should write: the updates of one processor batch go to MongoDB
     * in one bulk write when the batch commits.
     */
    static final class ReadModelProjection {
        private final MongoCollection<Document> collection;

        ReadModelProjection(MongoCollection<Document> collection) {
            this.collection = collection;
        }

        void on(ThingHappened event) {
            UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
            List<WriteModel<Document>> writes = unitOfWork.getOrComputeResource("readmodel-writes", key -> {
                List<WriteModel<Document>> pending = new ArrayList<>();
                unitOfWork.onPrepareCommit(u -> {
                    if (!pending.isEmpty()) {
                        collection.bulkWrite(pending);
                    }
                });
                return pending;
            });
            writes.add(new UpdateOneModel<>(eq("_id", event.thingId()),
                                            Updates.combine(Updates.set("lastValue", event.value()),
                                                            Updates.inc("events", 1)),
                                            new UpdateOptions().upsert(true)));
        }
    }
}
