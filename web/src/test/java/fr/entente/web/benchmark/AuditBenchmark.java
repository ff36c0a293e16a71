package fr.entente.web.benchmark;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import fr.entente.audit.query.AuditTrailProjection;
import fr.entente.audit.query.FindTrailQuery;
import fr.entente.audit.query.TrailEntry;
import fr.entente.audit.query.TrailFilter;
import fr.entente.decision.api.VoteCastEvent;
import fr.entente.infra.eventstore.EventStoreSettings;
import fr.entente.infra.eventstore.MongoEventStorageEngine;
import fr.entente.infra.logchain.LogChain;
import fr.entente.infra.logchain.LogVerifier;
import fr.entente.infra.logchain.Verification;
import fr.entente.infra.serialization.JacksonSerializers;
import fr.entente.meeting.api.AgendaItemAddedEvent;
import fr.entente.meeting.api.AgendaItemPurpose;
import fr.entente.meeting.api.AttendanceRecordedEvent;
import fr.entente.meeting.api.AttendanceStatus;
import fr.entente.meeting.api.MeetingScheduledEvent;
import fr.entente.meeting.api.MeetingStartedEvent;
import fr.entente.meeting.api.NoteBlockSavedEvent;
import fr.entente.meeting.query.MeetingHistory;
import fr.entente.meeting.query.MeetingView;
import fr.entente.mongo.embedded.EmbeddedMongoServer;
import fr.entente.mongo.embedded.EmbeddedMongoSettings;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The audit trail's benchmark, over a log of {@code benchmark.events} events (1,000,000 by default) spread over ten
 * years, three cooperations, twelve bodies, three hundred people and ten thousand meetings and decisions, among which
 * one meeting of 1,000 events spread one in every thousand across the log (as a long-lived meeting's are). It prints:
 * <ul>
 *     <li>the log verified against its hash chain ({@link LogVerifier}, as {@code verify-log} does): events per
 *     second (aim: at least 100,000);</li>
 *     <li>a page of the trail (50 acts, newest first) read with each filter a director has (none, a body, a person, a
 *     centre, a kind of act, a period, a word, and a page deep in the past): p50 and p99 of each, and of them all (aim:
 *     p99 under 100 ms);</li>
 *     <li>the 1,000-event meeting rebuilt as it stood at a date, its stream read from the store and applied by the
 *     meeting's projections ({@link MeetingHistory}, as the "état au" page does): p50 and p99 (aim: under 100 ms);</li>
 *     <li>on the way, the rates of the fill and of the trail and the chain built from the log.</li>
 * </ul>
 * The trail is built by the hub's own projection ({@link AuditTrailProjection}) replaying the log, the chain by the
 * hub's {@link LogChain}; the store is the embedded MongoDB-wire server (or {@code MONGODB_URI}'s MongoDB).
 * <p>
 * Run: {@code mvn -B -pl web -am -Paudit-benchmark -DskipTests verify} ({@code -Dbenchmark.events=…} for another
 * size; {@code -Dbenchmark.only=verify} writes, chains and verifies the log only, without the trail's replay, the
 * slowest step, so that the verifier can be measured over a large log in little time). Not a test: it prints figures,
 * it does not judge them.
 */
public final class AuditBenchmark {

    private static final List<String> COOPERATIONS = List.of("hauts-de-france", "pays-de-la-loire", "bretagne");
    private static final int BODIES_PER_COOPERATION = 4;
    private static final int PEOPLE = 300;
    private static final int AGGREGATES = 10_000;
    private static final int BATCH = 1_000;
    private static final int SAMPLES = 200;
    /** The verifier's rounds: the first runs cold, the later ones with the JIT's work done. */
    private static final int VERIFICATIONS = 3;
    private static final String LONG_MEETING = "reunion-longue";
    private static final int LONG_MEETING_EVENTS = 1_000;
    private static final Instant START = Instant.parse("2016-01-04T08:00:00Z");
    private static final Duration SPAN = Duration.ofDays(3_650);

    private AuditBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int events = Integer.getInteger("benchmark.events", 1_000_000);
        boolean verifyOnly = "verify".equals(System.getProperty("benchmark.only", ""));
        Path directory = Files.createTempDirectory("entente-audit-benchmark");
        String uri = System.getenv("MONGODB_URI");
        EmbeddedMongoServer server = uri == null || uri.isBlank()
                ? EmbeddedMongoServer.start(EmbeddedMongoSettings.of(directory).withPort(0)) : null;
        try (MongoClient client = MongoClients.create(server != null ? server.connectionString() : uri)) {
            MongoDatabase database = client.getDatabase("entente_audit_benchmark_" + UUID.randomUUID().toString().substring(0, 8));
            run(database, events, verifyOnly);
            database.drop();
        } finally {
            if (server != null) {
                server.close();
            }
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException ignored) {
                // a temporary directory left behind is the system's to clean
            }
        }
    }

    private static void run(MongoDatabase database, int events, boolean verifyOnly) {
        MongoEventStorageEngine engine = MongoEventStorageEngine.builder().database(database).soleWriter(true)
                                                                .settings(EventStoreSettings.defaults())
                                                                .eventSerializer(JacksonSerializers.messages())
                                                                .snapshotSerializer(JacksonSerializers.snapshots()).build();
        System.out.printf("Audit benchmark: %,d events over ten years, 3 cooperations, 12 bodies, %d people, %,d aggregates; "
                          + "a meeting of %,d events spread across the log; load average %.2f%n",
                          events, PEOPLE, AGGREGATES, LONG_MEETING_EVENTS, load());

        long started = System.nanoTime();
        Instant longMeetingMiddle = new LogFiller(events).fill(engine);
        System.out.printf("  log written: %,d events in %.1f s (%,.0f /s)%n", events, seconds(started),
                          events / seconds(started));

        AuditTrailProjection trail = verifyOnly ? null : trail(database, engine);

        started = System.nanoTime();
        LogChain chain = new LogChain(database).withIndexes();
        long chained = chain.extendFully();
        System.out.printf("  hash chain built: %,d links in %.1f s (%,.0f /s)%n", chained, seconds(started),
                          chained / seconds(started));

        LogVerifier verifier = new LogVerifier(chain, java.time.Clock.systemUTC());
        for (int round = 1; round <= VERIFICATIONS; round++) {
            started = System.nanoTime();
            Verification verification = verifier.verifyWithoutCheckpoints();
            System.out.printf("  log verified (round %d): %,d events in %.1f s, %,.0f events/s (aim: 100,000), intact: %s; "
                              + "load average %.2f%n",
                              round, verification.entriesChecked(), seconds(started),
                              verification.entriesChecked() / seconds(started), verification.intact(), load());
        }

        if (!verifyOnly) {
            trailPages(trail);
            asItStood(engine, longMeetingMiddle);
        }
        System.out.printf("  load average at the end: %.2f%n", load());
    }

    /** The trail built by the hub's projection replaying the whole log, timed. */
    private static AuditTrailProjection trail(MongoDatabase database, MongoEventStorageEngine engine) {
        long started = System.nanoTime();
        AuditTrailProjection trail = new AuditTrailProjection(database, new fr.entente.common.query.ReadModelCollections(database));
        AnnotationEventHandlerAdapter trailHandler = new AnnotationEventHandlerAdapter(trail);
        java.util.concurrent.atomic.AtomicLong counted = new java.util.concurrent.atomic.AtomicLong();
        try (Stream<? extends TrackedEventMessage<?>> log = engine.readEvents(null, false)) {
            log.forEach(event -> {
                try {
                    trailHandler.handle(event);
                } catch (Exception e) {
                    throw new IllegalStateException("the trail could not be built", e);
                }
                counted.incrementAndGet();
            });
        }
        long replayed = counted.get();
        System.out.printf("  trail built by replay: %,d events in %.1f s (%,.0f /s)%n", replayed, seconds(started),
                          replayed / seconds(started));
        return trail;
    }

    /** Each filter a director has, SAMPLES times with varying values, on the trail of 1M acts. */
    private static void trailPages(AuditTrailProjection trail) {
        Random random = new Random(7);
        Map<String, Supplier<FindTrailQuery>> filters = new LinkedHashMap<>();
        filters.put("none", () -> query(cooperation(random), TrailFilter.none(), null));
        filters.put("a body", () -> {
            int c = random.nextInt(COOPERATIONS.size());
            return query(COOPERATIONS.get(c), new TrailFilter(body(c, random.nextInt(BODIES_PER_COOPERATION)), null, null,
                                                              null, null, null, null, null, null), null);
        });
        filters.put("a person", () -> {
            int person = random.nextInt(PEOPLE);
            return query(COOPERATIONS.get(person % COOPERATIONS.size()),
                         new TrailFilter(null, null, null, person(person), null, null, null, null, null), null);
        });
        filters.put("a centre", () -> {
            int person = random.nextInt(PEOPLE);
            return query(COOPERATIONS.get(person % COOPERATIONS.size()),
                         new TrailFilter(null, null, null, null, centre(person), null, null, null, null), null);
        });
        filters.put("a kind of act", () -> query(cooperation(random),
                                                 new TrailFilter(null, null, null, null, null, "decision", null, null, null), null));
        filters.put("a month", () -> {
            Instant from = START.plus(Duration.ofDays(random.nextInt(3_600)));
            return query(cooperation(random), new TrailFilter(null, null, null, null, null, null, from,
                                                              from.plus(Duration.ofDays(30)), null), null);
        });
        filters.put("a word", () -> query(cooperation(random),
                                          new TrailFilter(null, null, null, null, null, null, null, null,
                                                          List.of("absentéisme", "concours", "handitorial").get(random.nextInt(3))),
                                          null));
        filters.put("a page deep in the past", () -> query(cooperation(random), TrailFilter.none(),
                                                            (long) random.nextInt(100_000)));
        List<Double> all = new ArrayList<>();
        System.out.println("  a page of the trail (50 acts), by filter:");
        for (Map.Entry<String, Supplier<FindTrailQuery>> filter : filters.entrySet()) {
            List<Double> times = new ArrayList<>();
            int found = 0;
            for (int i = 0; i < SAMPLES; i++) {
                FindTrailQuery query = filter.getValue().get();
                long started = System.nanoTime();
                List<TrailEntry> page = trail.handle(query);
                times.add((System.nanoTime() - started) / 1_000_000.0);
                found += page.size();
            }
            all.addAll(times);
            System.out.printf("    %-26s p50 %7.1f ms, p99 %7.1f ms (%.0f acts a page on average)%n", filter.getKey(),
                              percentile(times, 50), percentile(times, 99), found / (double) SAMPLES);
        }
        System.out.printf("    %-26s p50 %7.1f ms, p99 %7.1f ms (aim: p99 under 100 ms)%n", "all filters",
                          percentile(all, 50), percentile(all, 99));
    }

    private static void asItStood(MongoEventStorageEngine engine, Instant middle) {
        MeetingHistory history = new MeetingHistory();
        List<Double> times = new ArrayList<>();
        List<Double> reads = new ArrayList<>();
        int notes = 0;
        for (int i = 0; i < 50; i++) {
            long started = System.nanoTime();
            List<? extends DomainEventMessage<?>> stream = engine.readEvents(LONG_MEETING, 0).asStream().toList();
            long read = System.nanoTime();
            MeetingView then = history.asItStood(stream, middle).orElseThrow();
            times.add((System.nanoTime() - started) / 1_000_000.0);
            reads.add((read - started) / 1_000_000.0);
            notes = then.notes().size();
        }
        System.out.printf("  the %,d-event meeting as it stood half-way (%d notes then), read and rebuilt: p50 %.1f ms, "
                          + "p99 %.1f ms (aim: under 100 ms); of which reading its events: p50 %.1f ms, p99 %.1f ms%n",
                          LONG_MEETING_EVENTS, notes, percentile(times, 50), percentile(times, 99),
                          percentile(reads, 50), percentile(reads, 99));
    }

    private static FindTrailQuery query(String cooperationId, TrailFilter filter, Long before) {
        return new FindTrailQuery(cooperationId, filter, before, 50);
    }

    private static String cooperation(Random random) {
        return COOPERATIONS.get(random.nextInt(COOPERATIONS.size()));
    }

    static String body(int cooperation, int body) {
        return "instance-" + cooperation + "-" + body;
    }

    static String person(int person) {
        return "person-" + person;
    }

    static String centre(int person) {
        return "cdg-" + (person % 40);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static double percentile(List<Double> values, int percentile) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /**
     * Writes the log: ten thousand aggregates (meetings: scheduled, an item, started, then attendances and notes;
     * decisions: votes) taking turns, every thousandth event one of the long meeting's, timestamps rising evenly over
     * ten years, each with the metadata every command's event carries (actor, their centre, cooperation, correlation).
     */
    private static final class LogFiller {

        private final int events;
        private final Random random = new Random(42);
        private final Map<String, Long> sequences = new HashMap<>();
        private final String[] words = {"absentéisme", "rapport social unique", "concours", "Handitorial", "GPEEC",
                                        "enquête flash", "emploi territorial", "RASSCT", "effectifs", "formation"};

        LogFiller(int events) {
            this.events = events;
        }

        /** Writes the log; answers the instant half-way through the long meeting. */
        Instant fill(MongoEventStorageEngine engine) {
            Duration step = SPAN.dividedBy(events);
            List<DomainEventMessage<?>> batch = new ArrayList<>(BATCH);
            Instant middle = null;
            int longMeetingEvents = 0;
            for (int i = 0; i < events; i++) {
                Instant at = START.plus(step.multipliedBy(i));
                if (i % (events / LONG_MEETING_EVENTS) == 0 && longMeetingEvents < LONG_MEETING_EVENTS) {
                    batch.add(meetingEvent(LONG_MEETING, 0, 0, at));
                    longMeetingEvents++;
                    if (longMeetingEvents == LONG_MEETING_EVENTS / 2) {
                        middle = at.plusMillis(1);
                    }
                } else {
                    int aggregate = random.nextInt(AGGREGATES);
                    int cooperation = aggregate % COOPERATIONS.size();
                    int body = (aggregate / COOPERATIONS.size()) % BODIES_PER_COOPERATION;
                    batch.add(aggregate % 5 == 4 ? vote(aggregate, cooperation, at)
                                                 : meetingEvent("reunion-" + aggregate, cooperation, body, at));
                }
                if (batch.size() == BATCH) {
                    engine.appendEvents(batch);
                    batch = new ArrayList<>(BATCH);
                }
            }
            if (!batch.isEmpty()) {
                engine.appendEvents(batch);
            }
            return middle;
        }

        private DomainEventMessage<?> meetingEvent(String meetingId, int cooperation, int body, Instant at) {
            long sequence = sequences.merge(meetingId, 1L, Long::sum) - 1;
            int person = random.nextInt(PEOPLE / COOPERATIONS.size()) * COOPERATIONS.size() + cooperation;
            Object payload;
            if (sequence == 0) {
                payload = new MeetingScheduledEvent(meetingId, COOPERATIONS.get(cooperation), body(cooperation, body), null,
                                                    "Groupe de travail n° " + meetingId, LocalDate.ofInstant(at, java.time.ZoneOffset.UTC),
                                                    LocalTime.of(9, 30), LocalTime.of(12, 0), "Lille", null);
            } else if (sequence == 1) {
                payload = new AgendaItemAddedEvent(meetingId, "point-1", "Enquête sur " + word(), AgendaItemPurpose.DECISION,
                                                   "Résultats et suites à donner", 30);
            } else if (sequence == 2) {
                payload = new MeetingStartedEvent(meetingId);
            } else if (sequence % 4 == 3) {
                payload = new AttendanceRecordedEvent(meetingId, person(person), AttendanceStatus.PRESENT, null);
            } else {
                payload = new NoteBlockSavedEvent(meetingId, "point-1", "bloc-" + sequence, 1,
                                                  "Le groupe examine " + word() + " et " + word() + ".", person(person));
            }
            return event("Meeting", meetingId, sequence, payload, cooperation, person, at);
        }

        private DomainEventMessage<?> vote(int aggregate, int cooperation, Instant at) {
            String decisionId = "decision-" + aggregate;
            long sequence = sequences.merge(decisionId, 1L, Long::sum) - 1;
            int person = random.nextInt(PEOPLE / COOPERATIONS.size()) * COOPERATIONS.size() + cooperation;
            return event("Decision", decisionId, sequence,
                         new VoteCastEvent(decisionId, centre(person), person(person), random.nextBoolean() ? "pour" : "contre"),
                         cooperation, person, at);
        }

        private DomainEventMessage<?> event(String type, String aggregateId, long sequence, Object payload, int cooperation,
                                            int person, Instant at) {
            Map<String, Object> metaData = Map.of("actorId", person(person), "actorOrganisation", centre(person),
                                                  "cooperationId", COOPERATIONS.get(cooperation),
                                                  "correlationId", UUID.randomUUID().toString());
            return new GenericDomainEventMessage<>(type, aggregateId, sequence, payload, metaData,
                                                   UUID.randomUUID().toString(), at);
        }

        private String word() {
            return words[random.nextInt(words.length)];
        }
    }
}
