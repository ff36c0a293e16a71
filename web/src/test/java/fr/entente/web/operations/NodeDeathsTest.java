package fr.entente.web.operations;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.model.Filters;
import fr.entente.infra.eventstore.LogContinuity;
import fr.entente.infra.eventstore.MongoEventStorageEngine;
import fr.entente.live.query.LiveTopics;
import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ApiClient.Response;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.ForkedCluster;
import fr.entente.web.testing.ResumingLiveClient;
import fr.entente.web.testing.SignedInSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three hub nodes behind one address, and two of them killed ({@code kill -9}) during a live meeting (issue 17): the
 * standalone store, RabbitMQ, three forked nodes and HAProxy on loopback ports; 50 live pages of the meeting and four
 * writers (three members taking notes, the officer moving from item to item) through the proxy. The node running the
 * meeting's projections is killed, then, once another has taken its work over, that one.
 * <p>
 * Then: every command the hub acknowledged is in the log, and the log has no unexplained gap; every page has every
 * update of the meeting exactly once and in order (those whose node died got, on reconnecting through the same
 * address with their last position, one update for what they missed); the projections resumed on the survivors
 * within the claim timeout and the processors' look for free segments; nobody was signed out; and a decision's
 * deadline set before the first kill, falling between the two, closed the decision once.
 */
class NodeDeathsTest {

    private static final String PASSWORD = "entente-demo-2026";
    private static final String COOPERATION = "hauts-de-france";
    private static final String API = "/api/cooperations/" + COOPERATION;
    private static final List<String> MEMBERS = List.of("officer.59", "referent.02", "referent.59", "referent.60",
                                                        "referent.62", "referent.80");
    private static final List<String> NOTE_TAKERS = List.of("referent.02", "referent.60", "referent.62");
    private static final int PAGES = 50;
    /** The processor whose projections publish the live meeting's updates. */
    private static final String MEETINGS_PROCESSOR = "meetings";
    /** A dead node's claims lapse after the claim timeout; a processor looks for free segments every 5 s. */
    private static final Duration TAKEOVER_BOUND = Duration.ofSeconds(ForkedCluster.CLAIM_TIMEOUT_SECONDS + 5 + 10);
    /**
     * The decision's deadline is an hour (the least notice) and this much after its opening: once the nodes' clock has
     * moved an hour ahead, it falls due between the two deaths.
     */
    private static final Duration DEADLINE_AFTER_OPENING = Duration.ofSeconds(50);

    @TempDir
    static Path directory;

    private static ForkedCluster cluster;

    @BeforeAll
    static void start() {
        Assumptions.assumeTrue(ForkedCluster.available(), "RabbitMQ and HAProxy are installed (.ci/run installs them)");
        cluster = ForkedCluster.start(directory, 3);
    }

    @AfterAll
    static void stop() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void aLiveMeetingGoesOnThroughTheDeathsOfTwoNodesOfThree() throws Exception {
        int address = cluster.address();
        ApiClient officer = ApiClient.signedIn(address, "officer.59", PASSWORD);
        String meetingId = officer.post(API + "/bodies/groupe-de-travail/meetings", """
                {"title": "Réunion à trois nœuds", "date": "%s", "startTime": "14:00", "endTime": "16:30", "place": "Lille"}
                """.formatted(LocalDate.now().plusDays(3))).json().get("meetingId").asText();
        String meeting = API + "/meetings/" + meetingId;
        List<String> items = new ArrayList<>();
        for (String title : List.of("Point A", "Point B")) {
            Response item = officer.post(meeting + "/agenda/items", "{\"title\": \"" + title + "\", \"purpose\": \"DISCUSSION\"}");
            assertThat(item.status()).as(item.toString()).isEqualTo(201);
            items.add(item.json().get("itemId").asText());
        }
        assertThat(officer.post(meeting + "/start", "").status()).isEqualTo(204);

        ApiClient convenor = ApiClient.signedIn(address, "directeur.80", PASSWORD);
        Instant deadline = Instant.now().plus(Duration.ofHours(1)).plus(DEADLINE_AFTER_OPENING);
        Response opened = convenor.post(API + "/bodies/comite-technique/decisions", """
                {"question":"Garder le comité en direct malgré une panne ?","mode":"ASYNCHRONOUS","deadline":"%s"}"""
                .formatted(deadline));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        String decisionId = opened.json().path("decisionId").asText();
        String decision = API + "/decisions/" + decisionId;
        ApiWorld.eventually(() -> Optional.of(convenor.get(decision)).filter(response -> response.status() == 200));

        String topic = LiveTopics.meeting(COOPERATION, meetingId);
        List<Long> before = ApiWorld.eventually(() -> Optional.of(cluster.livePositions(topic)).filter(positions -> !positions.isEmpty()));
        long start = before.get(before.size() - 1);
        List<SignedInSession> people = new ArrayList<>();
        for (String username : MEMBERS) {
            people.add(SignedInSession.signIn(address, username, PASSWORD));
        }
        ScheduledExecutorService reconnections = Executors.newScheduledThreadPool(4);
        List<ResumingLiveClient> pages = new ArrayList<>();
        Writers writers = new Writers(address, meeting, items);
        try {
            for (int page = 0; page < PAGES; page++) {
                pages.add(ResumingLiveClient.connect(address, people.get(page % people.size()), "/live/" + topic, start,
                                                     reconnections));
            }
            writers.start();
            Thread.sleep(3_000);
            writers.paused(() -> cluster.moveClockAhead(Duration.ofHours(1)));
            Instant due = deadline.minus(Duration.ofHours(1));
            Thread.sleep(5_000);

            Duration firstTakeover = killAndAwaitTakeover(pages, topic);
            ApiWorld.eventually(() -> Optional.of(convenor.get(decision).json().path("decision"))
                                               .filter(view -> view.path("closingReason").asText().equals("DEADLINE")),
                                Duration.ofSeconds(90));
            assertThat(Instant.now()).as("closed at its deadline, not before").isAfter(due.minusSeconds(1));
            Duration secondTakeover = killAndAwaitTakeover(pages, topic);
            Thread.sleep(3_000);
            writers.stop();

            List<Long> published = ApiWorld.eventually(() -> Optional.of(cluster.livePositions(topic)).filter(positions ->
                    pages.stream().allMatch(page -> page.lastPosition() == positions.get(positions.size() - 1))))
                    .stream().filter(position -> position > start).toList();
            System.out.printf("Node deaths: %d commands acknowledged, %d not (their node died under them, or a conflict "
                              + "outlasted the retries), %d updates of the meeting; projections taken over %d ms and "
                              + "%d ms after each kill; pages reconnected %d times%n",
                              writers.acknowledged.size(), writers.unacknowledged.get(), published.size(),
                              firstTakeover.toMillis(), secondTakeover.toMillis(),
                              pages.stream().mapToInt(page -> page.connections() - 1).sum());

            assertThat(writers.signedOut).as("nobody signed out by a node's death").isEmpty();
            assertThat(writers.acknowledged).as("the writers went on through both deaths").hasSizeGreaterThan(40);
            assertEveryAcknowledgedCommandIsInTheLog(meetingId, writers.acknowledged);
            ApiWorld.eventually(() -> Optional.of(LogContinuity.check(cluster.database())).filter(LogContinuity.Report::hasNoUnexplainedHole));
            assertEveryPageHasEveryUpdateOnceAndInOrder(pages, published);
            assertThat(cluster.database().getCollection(MongoEventStorageEngine.EVENTS)
                              .countDocuments(and(eq("aggregateIdentifier", decisionId),
                                                  eq("payloadType", "fr.entente.decision.api.DecisionClosedEvent"))))
                    .as("the deadline fired once, with two nodes looking").isEqualTo(1);
            assertThat(officer.get("/api/me").status()).as("still signed in, through the last node").isEqualTo(200);
        } finally {
            writers.stop();
            pages.forEach(ResumingLiveClient::close);
            reconnections.shutdownNow();
        }
    }

    /**
     * Kills the node running the meeting's projections, and waits until every page has an update the survivors made:
     * one of them has claimed the dead node's segments and goes on from its stored positions.
     */
    private Duration killAndAwaitTakeover(List<ResumingLiveClient> pages, String topic) {
        int victim = ApiWorld.eventually(() -> cluster.nodeRunning(MEETINGS_PROCESSOR));
        long killedAt = System.nanoTime();
        cluster.kill(victim);
        List<Long> publishedBefore = cluster.livePositions(topic);
        long lastBefore = publishedBefore.get(publishedBefore.size() - 1);
        ApiWorld.eventually(() -> Optional.of(pages).filter(all -> all.stream().allMatch(page -> page.lastPosition() > lastBefore)),
                            TAKEOVER_BOUND.plusSeconds(30));
        Duration takeover = Duration.ofNanos(System.nanoTime() - killedAt);
        assertThat(takeover).as("pages updated again after node %d's death", victim).isLessThan(TAKEOVER_BOUND);
        ApiWorld.eventually(() -> Optional.of(cluster.unclaimedSegments()).filter(unclaimed -> unclaimed == 0),
                            Duration.ofSeconds(60));
        return takeover;
    }

    private static void assertEveryAcknowledgedCommandIsInTheLog(String meetingId, Set<String> acknowledged) {
        List<String> payloads = cluster.database().getCollection(MongoEventStorageEngine.EVENTS)
                                       .find(Filters.eq("aggregateIdentifier", meetingId))
                                       .map(event -> String.valueOf(event.get("payload"))).into(new ArrayList<>());
        String log = String.join("\n", payloads);
        assertThat(acknowledged).as("every acknowledged note is in the log").allMatch(log::contains);
    }

    private static void assertEveryPageHasEveryUpdateOnceAndInOrder(List<ResumingLiveClient> pages, List<Long> published) {
        for (ResumingLiveClient page : pages) {
            List<Long> received = page.positions();
            assertThat(received).as("in order, none twice").isSorted().doesNotHaveDuplicates();
            assertThat(page.errors()).isEmpty();
            for (long position : published) {
                assertThat(page.hasSeen(position))
                        .as("update %d reached the page (received %s, caught up %s)", position, received, page.catchUps())
                        .isTrue();
            }
            if (page.connections() == 1) {
                long subscribed = page.catchUps().get(0).through();
                assertThat(received).as("a page whose node lived received every update after its first itself")
                                    .containsAll(published.stream().filter(position -> position > subscribed).toList());
            }
        }
        assertThat(pages).as("the pages on the dead nodes came back").anyMatch(page -> page.connections() > 1);
    }

    /**
     * Three members saving their blocks of notes and the officer moving between the items, each through the proxy as
     * fast as answers come (a pause of 100 ms). A command answered 2xx is acknowledged; one whose node died under it
     * (no answer, 502, 503) or that met conflicts beyond its retries (409) is not, and the writer goes on.
     */
    private static final class Writers {

        private final int address;
        private final String meeting;
        private final List<String> items;
        private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        private final Set<String> signedOut = ConcurrentHashMap.newKeySet();
        private final AtomicInteger unacknowledged = new AtomicInteger();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final ReadWriteLock pause = new ReentrantReadWriteLock();
        private final ExecutorService threads = Executors.newFixedThreadPool(NOTE_TAKERS.size() + 1);
        private final List<Future<?>> writing = new ArrayList<>();

        Writers(int address, String meeting, List<String> items) {
            this.address = address;
            this.meeting = meeting;
            this.items = items;
        }

        void start() {
            for (String username : NOTE_TAKERS) {
                ApiClient writer = ApiClient.signedIn(address, username, PASSWORD);
                writing.add(threads.submit(() -> takeNotes(writer, username)));
            }
            ApiClient officer = ApiClient.signedIn(address, "officer.59", PASSWORD);
            writing.add(threads.submit(() -> moveBetweenItems(officer)));
        }

        private void takeNotes(ApiClient writer, String username) {
            String block = "bloc-" + username.replace('.', '-');
            Integer version = null;
            for (int save = 0; running.get(); save++) {
                String text = "Note " + save + " de " + username;
                String body = version == null ? "{\"itemId\": \"" + items.get(0) + "\", \"text\": \"" + text + "\"}"
                                              : "{\"baseVersion\": " + version + ", \"text\": \"" + text + "\"}";
                Optional<Response> answer = send(() -> writer.put(meeting + "/notes/" + block, body), username);
                if (answer.filter(response -> response.status() == 200 || response.status() == 201).isPresent()) {
                    acknowledged.add(text);
                    JsonNode saved = answer.get().json();
                    if (saved.path("outcome").asText().equals("SAVED") || version == null) {
                        version = saved.path("version").asInt();
                    }
                }
            }
        }

        private void moveBetweenItems(ApiClient officer) {
            for (int move = 0; running.get(); move++) {
                String item = items.get(move % 2);
                send(() -> officer.put(meeting + "/current-item", "{\"itemId\": \"" + item + "\"}"), "officer.59");
            }
        }

        private Optional<Response> send(java.util.function.Supplier<Response> command, String username) {
            pause.readLock().lock();
            try {
                Response answer = command.get();
                if (answer.status() == 401 || answer.status() == 403 || answer.status() == 302) {
                    signedOut.add(username + ": " + answer);
                }
                if (answer.status() >= 300) {
                    unacknowledged.incrementAndGet();
                }
                return Optional.of(answer);
            } catch (UncheckedIOException noAnswer) {
                unacknowledged.incrementAndGet();
                return Optional.empty();
            } finally {
                pause.readLock().unlock();
                sleep(100);
            }
        }

        /** Runs {@code change} with no command in flight (a second to let the nodes read it). */
        void paused(Runnable change) {
            pause.writeLock().lock();
            try {
                change.run();
                sleep(1_000);
            } finally {
                pause.writeLock().unlock();
            }
        }

        void stop() throws Exception {
            running.set(false);
            for (Future<?> writer : writing) {
                writer.get(30, TimeUnit.SECONDS);
            }
            writing.clear();
            threads.shutdown();
        }

        private static void sleep(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
