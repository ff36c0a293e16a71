package fr.entente.infra.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import fr.entente.infra.serialization.JacksonSerializers;
import fr.entente.mongo.embedded.EmbeddedMongoServer;
import fr.entente.mongo.embedded.EmbeddedMongoSettings;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.bson.Document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

/**
 * Side by side, in one run: Entente's engine on the embedded store (durable acknowledgements: fsync before the
 * reply), Axon's {@link JdbcEventStorageEngine} on a private PostgreSQL cluster the benchmark starts and stops (its
 * defaults, fsync on), and the raw limits of each (the driver's {@code insertOne} into the embedded server, plain JDBC
 * inserts into PostgreSQL). Rounds are interleaved, and each figure is printed with the median and range of its
 * ratios. Not a test: {@code mvn -B -pl infra -am -Pstore-benchmark -DskipTests verify} (README), with
 * {@code -Dbenchmark.events=100000} for a shorter run.
 * <p>
 * The events are the hub's kind (a JSON payload and the audit metadata, Jackson); one aggregate of 1,000 events is
 * spread one event in every hundred across the log, as a long-lived meeting's are.
 */
public final class EventStoreBenchmark {

    private static final int EVENTS = Integer.getInteger("benchmark.events", 1_000_000);
    private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 3);
    private static final int APPENDS = Integer.getInteger("benchmark.appends", 2_000);
    private static final int LOADS = Integer.getInteger("benchmark.loads", 100);
    private static final Path POSTGRES_BIN = Path.of(System.getProperty("benchmark.postgres-bin",
                                                                        "/usr/lib/postgresql/15/bin"));
    private static final int SPREAD = 100;
    private static final int BIG_AGGREGATE = 1_000;
    private static final long SNAPSHOT_AT = 949;
    private static final int FILL_BATCH = 1_000;
    private static final String NOTE = "Point 3 of the agenda: the working group reviews the observatory's study on"
                                       + " absenteeism in small municipalities, agrees on the survey's questions and"
                                       + " asks each centre for its figures of the last three years before the next"
                                       + " meeting; the officer sends the template.";

    private final List<Contender> contenders;
    private final List<String> summary = new ArrayList<>();

    private EventStoreBenchmark(List<Contender> contenders) {
        this.contenders = contenders;
    }

    public static void main(String[] args) throws Exception {
        Path dataDirectory = Files.createTempDirectory("entente-benchmark");
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(new EmbeddedMongoSettings(dataDirectory, "127.0.0.1", 0));
             MongoClient client = MongoClients.create(server.connectionString());
             LocalPostgres postgres = LocalPostgres.start(POSTGRES_BIN);
             ThreadBoundJdbc jdbc = new ThreadBoundJdbc(postgres)) {
            MongoDatabase database = client.getDatabase("benchmark");
            Contender entente = new EntenteContender(EngineFixture.soleWriterEngine(database), database, dataDirectory);
            Contender axonJdbc = new PostgresContender(postgres, jdbc);
            new EventStoreBenchmark(List.of(entente, axonJdbc)).run();
        } finally {
            deleteRecursively(dataDirectory);
        }
    }

    private void run() throws Exception {
        System.out.printf(Locale.ROOT, "Event store side by side: Entente (embedded store) and Axon JDBC on PostgreSQL 15;"
                                       + " %d cores, max heap %d MB, %d rounds (loads and appends after one uncounted"
                                       + " round each), %,d events; load average %s%n",
                          Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, ROUNDS,
                          EVENTS, loadAverage());
        reportEventSize();
        // the big aggregate's events are spread over the first 100k, then come the append measures, then the rest
        long firstSize = Math.min(100_000, EVENTS);
        fillTo(firstSize, 10_000);
        measureAtSize();
        measureAppends();
        if (EVENTS > firstSize) {
            fillTo(EVENTS, 50_000);
            measureAtSize();
        }
        System.out.printf(Locale.ROOT, "%nload average at the end: %s%n%nSummary (Entente ÷ PostgreSQL: rates, aim ≥ 1;"
                                       + " times, aim ≤ 1)%n", loadAverage());
        summary.forEach(System.out::println);
    }

    // ------------------------------------------------------------------ workloads

    private void measureAppends() throws Exception {
        System.out.printf(Locale.ROOT, "%nappends (load average %s)%n", loadAverage());
        for (int writers : new int[]{1, 4}) {
            // one round each, not counted, so that the rounds measure compiled code
            for (Contender contender : contenders) {
                appendRate(contender, writers, -1);
            }
            compareRates("append, " + writers + " writer(s), one event per append", round -> {
                double[] rates = new double[2];
                for (int i : order(round)) {
                    rates[i] = appendRate(contenders.get(i), writers, round);
                }
                return rates;
            });
            compareRates("raw limit, " + writers + " writer(s): driver insertOne / JDBC insert, autocommit", round -> {
                double[] rates = new double[2];
                for (int i : order(round)) {
                    rates[i] = rawInsertRate(contenders.get(i), writers, round);
                }
                return rates;
            });
        }
        for (Contender contender : contenders) {
            contender.dropRaw();
        }
    }

    private double appendRate(Contender contender, int writers, int round) throws Exception {
        int perWriter = APPENDS / writers;
        System.gc();
        long elapsed = inParallel(writers, w -> {
            String aggregate = "append-" + writers + "-" + round + "-" + w;
            for (int i = 0; i < perWriter; i++) {
                contender.engine().appendEvents(event(aggregate, i));
            }
        });
        contender.stored += (long) perWriter * writers;
        return perWriter * writers / seconds(elapsed);
    }

    private double rawInsertRate(Contender contender, int writers, int round) throws Exception {
        int perWriter = APPENDS / writers;
        List<List<DomainEventMessage<?>>> prepared = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            List<DomainEventMessage<?>> events = new ArrayList<>();
            for (int i = 0; i < perWriter; i++) {
                events.add(event("raw-" + writers + "-" + round + "-" + w, i));
            }
            prepared.add(events);
        }
        Object[][] rows = contender.prepareRaw(prepared, round * 10L + writers);
        System.gc();
        long elapsed = inParallel(writers, w -> contender.rawInsert(rows[w]));
        return perWriter * writers / seconds(elapsed);
    }

    /** Fills each store to {@code target} events in appends of 1,000, one event in every hundred the big aggregate's. */
    private void fillTo(long target, int chunk) throws Exception {
        List<Double> ratios = new ArrayList<>();
        double[] totals = new double[2];
        double[] times = new double[2];
        long start = contenders.get(0).stored;
        int round = 0;
        while (contenders.get(0).stored < target) {
            long chunkEnd = Math.min(target, contenders.get(0).stored + chunk);
            double[] rates = new double[2];
            for (int i : order(round++)) {
                Contender contender = contenders.get(i);
                long before = contender.stored;
                long begin = System.nanoTime();
                while (contender.stored < chunkEnd) {
                    int size = (int) Math.min(FILL_BATCH, chunkEnd - contender.stored);
                    List<DomainEventMessage<?>> batch = new ArrayList<>(size);
                    for (int k = 0; k < size; k++) {
                        long position = contender.stored + k + 1;
                        if (position % SPREAD == 0 && contender.bigSequence < BIG_AGGREGATE) {
                            batch.add(event("big", contender.bigSequence++));
                        } else {
                            batch.add(event("fill-" + position / 10, position % 10));
                        }
                    }
                    contender.engine().appendEvents(batch);
                    contender.stored += size;
                }
                double elapsed = seconds(System.nanoTime() - begin);
                rates[i] = (contender.stored - before) / elapsed;
                totals[i] += contender.stored - before;
                times[i] += elapsed;
            }
            ratios.add(rates[0] / rates[1]);
        }
        String what = String.format(Locale.ROOT, "fill from %,d to %,d events (appends of %,d)", start, target, FILL_BATCH);
        report(what, totals[0] / times[0], totals[1] / times[1], ratios, "/s");
    }

    private void measureAtSize() throws Exception {
        long size = contenders.get(0).stored;
        for (Contender contender : contenders) {
            if (contender.bigSequence < BIG_AGGREGATE) {
                throw new IllegalStateException("the big aggregate has " + contender.bigSequence + " events only");
            }
        }
        System.out.printf(Locale.ROOT, "%nat %,d events (load average %s)%n", size, loadAverage());
        compareLoads(String.format(Locale.ROOT, "load of the spread 1,000-event aggregate at %,d events", size), false);
        for (Contender contender : contenders) {
            if (!contender.snapshotStored) {
                contender.engine().storeSnapshot(new GenericDomainEventMessage<>(
                        "Thing", "big", SNAPSHOT_AT, new ThingHappened("big", SNAPSHOT_AT, "state at " + SNAPSHOT_AT)));
                contender.snapshotStored = true;
            }
        }
        compareLoads(String.format(Locale.ROOT, "same, from a snapshot at event %d (+%d events), at %,d events",
                                   SNAPSHOT_AT, BIG_AGGREGATE - SNAPSHOT_AT - 1, size), true);
        compareRates(String.format(Locale.ROOT, "replay of %,d events, readEvents(null, false)", size), round -> {
            double[] rates = new double[2];
            for (int i : order(round)) {
                rates[i] = replayRate(contenders.get(i));
            }
            return rates;
        });
        for (Contender contender : contenders) {
            long bytes = contender.bytesOnDisk();
            String line = String.format(Locale.ROOT, "bytes on disk, %s at %,d events: %,d (%.0f bytes/event; %s)",
                                        contender.name(), contender.stored, bytes, (double) bytes / contender.stored,
                                        contender.whatIsMeasuredOnDisk());
            System.out.println(line);
            summary.add("- " + line);
        }
    }

    private void compareLoads(String what, boolean fromSnapshot) throws Exception {
        // one round each, not counted, so that the rounds measure compiled code (the JIT compiles as they run)
        for (Contender contender : contenders) {
            loadTimes(contender, fromSnapshot);
        }
        List<Double> p50Ratios = new ArrayList<>();
        List<Double> p99Ratios = new ArrayList<>();
        List<long[]> pooled = List.of(new long[LOADS * ROUNDS], new long[LOADS * ROUNDS]);
        for (int round = 0; round < ROUNDS; round++) {
            long[][] micros = new long[2][];
            for (int i : order(round)) {
                micros[i] = loadTimes(contenders.get(i), fromSnapshot);
                System.arraycopy(micros[i], 0, pooled.get(i), round * LOADS, LOADS);
            }
            p50Ratios.add((double) percentile(micros[0], 50) / percentile(micros[1], 50));
            p99Ratios.add((double) percentile(micros[0], 99) / percentile(micros[1], 99));
        }
        long[] entente = sorted(pooled.get(0));
        long[] postgres = sorted(pooled.get(1));
        String line = String.format(Locale.ROOT,
                                    "%s: p50 %.1f / %.1f ms (ratio median %.2f, range %.2f–%.2f), p99 %.1f / %.1f ms"
                                    + " (ratio median %.2f, range %.2f–%.2f); %d loads each",
                                    what, percentile(entente, 50) / 1000.0, percentile(postgres, 50) / 1000.0,
                                    median(p50Ratios), min(p50Ratios), max(p50Ratios),
                                    percentile(entente, 99) / 1000.0, percentile(postgres, 99) / 1000.0,
                                    median(p99Ratios), min(p99Ratios), max(p99Ratios), LOADS * ROUNDS);
        System.out.println(line);
        summary.add("- " + line);
    }

    private long[] loadTimes(Contender contender, boolean fromSnapshot) {
        long[] micros = new long[LOADS];
        System.gc();
        for (int i = 0; i < LOADS; i++) {
            long start = System.nanoTime();
            long count;
            long expected;
            if (fromSnapshot) {
                DomainEventMessage<?> snapshot = contender.engine().readSnapshot("big").orElseThrow();
                snapshot.getPayload();
                count = contender.engine().readEvents("big", snapshot.getSequenceNumber() + 1).asStream()
                                 .peek(DomainEventMessage::getPayload).count();
                expected = BIG_AGGREGATE - SNAPSHOT_AT - 1;
            } else {
                count = contender.engine().readEvents("big").asStream().peek(DomainEventMessage::getPayload).count();
                expected = BIG_AGGREGATE;
            }
            micros[i] = (System.nanoTime() - start) / 1_000;
            if (count != expected) {
                throw new IllegalStateException(contender.name() + " read " + count + " events of the big aggregate");
            }
        }
        return sorted(micros);
    }

    private double replayRate(Contender contender) {
        System.gc();
        long start = System.nanoTime();
        long count;
        try (Stream<? extends org.axonframework.eventhandling.TrackedEventMessage<?>> events =
                     contender.engine().readEvents(null, false)) {
            count = events.peek(org.axonframework.eventhandling.TrackedEventMessage::getPayload).count();
        }
        double rate = count / seconds(System.nanoTime() - start);
        if (count != contender.stored) {
            throw new IllegalStateException(contender.name() + " replayed " + count + " of " + contender.stored);
        }
        return rate;
    }

    // ------------------------------------------------------------------ reporting

    private interface RoundMeasure {
        double[] measure(int round) throws Exception;
    }

    private void compareRates(String what, RoundMeasure measure) throws Exception {
        List<Double> ratios = new ArrayList<>();
        List<Double> entente = new ArrayList<>();
        List<Double> postgres = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            double[] rates = measure.measure(round);
            entente.add(rates[0]);
            postgres.add(rates[1]);
            ratios.add(rates[0] / rates[1]);
        }
        report(what, median(entente), median(postgres), ratios, "/s");
    }

    private void report(String what, double entente, double postgres, List<Double> ratios, String unit) {
        String line = String.format(Locale.ROOT, "%s: Entente %,.0f%s, PostgreSQL %,.0f%s; ratio median %.2f, range"
                                                 + " %.2f–%.2f (%d)",
                                    what, entente, unit, postgres, unit, median(ratios), min(ratios), max(ratios),
                                    ratios.size());
        System.out.println(line);
        summary.add("- " + line);
    }

    private void reportEventSize() {
        Serializer serializer = JacksonSerializers.messages();
        DomainEventMessage<?> sample = event("meeting-0123456789", 42);
        int payload = sample.serializePayload(serializer, byte[].class).getData().length;
        int metaData = sample.serializeMetaData(serializer, byte[].class).getData().length;
        System.out.printf(Locale.ROOT, "each event: JSON payload %d bytes + metadata %d bytes = %d bytes%n",
                          payload, metaData, payload + metaData);
    }

    /** Alternates which contender goes first, round by round. */
    private static int[] order(int round) {
        return round % 2 == 0 ? new int[]{0, 1} : new int[]{1, 0};
    }

    public static DomainEventMessage<?> event(String aggregate, long sequence) {
        return new GenericDomainEventMessage<>("Thing", aggregate, sequence, new ThingHappened(aggregate, sequence, NOTE),
                                               MetaData.from(Map.of("actorId", "person-0042",
                                                                    "actorOrganisation", "cdg-59",
                                                                    "cooperationId", "hauts-de-france",
                                                                    "correlationId", UUID.randomUUID().toString(),
                                                                    "causationId", UUID.randomUUID().toString())));
    }

    private static long percentile(long[] sortedMicros, int percent) {
        return sortedMicros[Math.min(sortedMicros.length - 1, sortedMicros.length * percent / 100)];
    }

    private static long[] sorted(long[] values) {
        long[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }

    private static double median(List<Double> values) {
        List<Double> copy = new ArrayList<>(values);
        copy.sort(Comparator.naturalOrder());
        int n = copy.size();
        return n % 2 == 1 ? copy.get(n / 2) : (copy.get(n / 2 - 1) + copy.get(n / 2)) / 2;
    }

    private static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "unknown";
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

    static long directorySize(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(path -> path.toFile().length()).sum();
        } catch (IOException e) {
            return -1;
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    // ------------------------------------------------------------------ the two stores

    /** A store under measure: its engine, its raw insert, its size on disk, and what the benchmark wrote so far. */
    private abstract static class Contender {
        long stored;
        long bigSequence;
        boolean snapshotStored;

        abstract String name();

        abstract EventStorageEngine engine();

        /** Rows ready to insert, one array per writer, built before the clock starts. */
        abstract Object[][] prepareRaw(List<List<DomainEventMessage<?>>> events, long tag);

        abstract void rawInsert(Object[] rows);

        abstract void dropRaw();

        abstract long bytesOnDisk();

        abstract String whatIsMeasuredOnDisk();
    }

    private static final class EntenteContender extends Contender {
        private final MongoEventStorageEngine engine;
        private final MongoCollection<Document> raw;
        private final Path dataDirectory;

        EntenteContender(MongoEventStorageEngine engine, MongoDatabase database, Path dataDirectory) {
            this.engine = engine;
            this.raw = database.getCollection("raw");
            this.dataDirectory = dataDirectory;
        }

        @Override
        String name() {
            return "Entente";
        }

        @Override
        EventStorageEngine engine() {
            return engine;
        }

        @Override
        Object[][] prepareRaw(List<List<DomainEventMessage<?>>> events, long tag) {
            EventDocumentMapper mapper = new EventDocumentMapper();
            Serializer serializer = JacksonSerializers.messages();
            Object[][] rows = new Object[events.size()][];
            long id = tag * 1_000_000;
            for (int w = 0; w < events.size(); w++) {
                rows[w] = new Object[events.get(w).size()];
                for (int i = 0; i < rows[w].length; i++) {
                    Document document = mapper.toEventDocument(events.get(w).get(i), serializer);
                    document.put("_id", ++id);
                    rows[w][i] = document;
                }
            }
            return rows;
        }

        @Override
        void rawInsert(Object[] rows) {
            for (Object row : rows) {
                raw.insertOne((Document) row);
            }
        }

        @Override
        void dropRaw() {
            raw.drop();
        }

        @Override
        long bytesOnDisk() {
            return directorySize(dataDirectory);
        }

        @Override
        String whatIsMeasuredOnDisk() {
            return "the data directory: events, keys, counter, snapshots";
        }
    }

    private static final class PostgresContender extends Contender {
        private final LocalPostgres postgres;
        private final JdbcEventStorageEngine engine;
        private final ThreadLocal<Connection> rawConnection = new ThreadLocal<>();

        PostgresContender(LocalPostgres postgres, ThreadBoundJdbc jdbc) throws SQLException {
            this.postgres = postgres;
            this.engine = JdbcEventStorageEngine.builder()
                                                .connectionProvider(jdbc)
                                                .transactionManager(jdbc)
                                                .eventSerializer(JacksonSerializers.messages())
                                                .snapshotSerializer(JacksonSerializers.snapshots())
                                                .build();
            jdbc.executeInTransaction(() -> engine.createSchema(PostgresEventTableFactory.INSTANCE));
            try (Connection connection = postgres.connect(); Statement statement = connection.createStatement()) {
                statement.execute("create table raw (id bigint primary key, aggregate varchar(255) not null,"
                                  + " seq bigint not null, payload bytea not null, metadata bytea not null)");
            }
        }

        @Override
        String name() {
            return "PostgreSQL";
        }

        @Override
        EventStorageEngine engine() {
            return engine;
        }

        @Override
        Object[][] prepareRaw(List<List<DomainEventMessage<?>>> events, long tag) {
            Serializer serializer = JacksonSerializers.messages();
            Object[][] rows = new Object[events.size()][];
            long id = tag * 1_000_000;
            for (int w = 0; w < events.size(); w++) {
                rows[w] = new Object[events.get(w).size()];
                for (int i = 0; i < rows[w].length; i++) {
                    DomainEventMessage<?> event = events.get(w).get(i);
                    rows[w][i] = new Object[]{++id, event.getAggregateIdentifier(), event.getSequenceNumber(),
                            event.serializePayload(serializer, byte[].class).getData(),
                            event.serializeMetaData(serializer, byte[].class).getData()};
                }
            }
            return rows;
        }

        @Override
        void rawInsert(Object[] rows) {
            try {
                Connection connection = rawConnection.get();
                if (connection == null) {
                    connection = postgres.connect();
                    rawConnection.set(connection);
                }
                try (PreparedStatement insert = connection.prepareStatement(
                        "insert into raw (id, aggregate, seq, payload, metadata) values (?, ?, ?, ?, ?)")) {
                    for (Object row : rows) {
                        Object[] values = (Object[]) row;
                        for (int c = 0; c < values.length; c++) {
                            insert.setObject(c + 1, values[c]);
                        }
                        insert.executeUpdate();
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        void dropRaw() {
            try (Connection connection = postgres.connect(); Statement statement = connection.createStatement()) {
                statement.execute("drop table raw");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        long bytesOnDisk() {
            try {
                return postgres.query("select pg_total_relation_size('domainevententry')"
                                      + " + pg_total_relation_size('snapshotevententry')");
            } catch (SQLException e) {
                return -1;
            }
        }

        @Override
        String whatIsMeasuredOnDisk() {
            return String.format(Locale.ROOT, "tables and indexes; the whole cluster directory, WAL included: %,d",
                                 directorySize(postgres.dataDirectory()));
        }
    }
}
