package fr.entente.web.benchmark;

import fr.entente.live.query.LiveTopics;
import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ForkedCluster;
import fr.entente.web.testing.LocalHaProxy;
import fr.entente.web.testing.ResumingLiveClient;
import fr.entente.web.testing.SignedInSession;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The several-nodes benchmark (issue 17), on this machine: three forked hub nodes on the standalone store, RabbitMQ
 * relaying live updates, HAProxy in front.
 * <ol>
 * <li><b>Commands per second at p99 under 200 ms, with 1, 2 and 3 nodes behind the proxy</b>: note saves of the
 * members of three live meetings, sent at a fixed rate (open loop: a command's time counts from when it was due, so
 * a slow hub is not hidden by writers waiting for it), each rate for {@code benchmark.step-seconds}; the figure is the
 * highest rate whose p99 stays under 200 ms (after a step at 4/s that warms each setup up, not counted). On two cores every node shares the same processors, so this shows what
 * the relay and the shared store cost, not what more machines would bring.</li>
 * <li><b>Failover</b>: 50 live pages of a meeting through the proxy while notes are saved ten times a second; the node
 * running the meeting's projections is killed ({@code kill -9}): the time until every page has an update again, and
 * the updates lost (published in the journal, and neither received by a page nor covered by the update it got for
 * what it missed on reconnecting).</li>
 * </ol>
 * Run: {@code mvn -B -pl web -am -Pcluster-benchmark -DskipTests verify}. Not a test: it prints figures.
 */
public final class ClusterBenchmark {

    private static final String PASSWORD = "entente-demo-2026";
    private static final String COOPERATION = "hauts-de-france";
    private static final String API = "/api/cooperations/" + COOPERATION;
    private static final List<String> NOTE_TAKERS = List.of("referent.02", "referent.59", "referent.60", "referent.62",
                                                            "referent.80", "officer.59");
    private static final long P99_AIM_MS = 200;
    private static final int WARM_UP_RATE = 4;

    /** Every save's number, across steps: each save is a block of its own. */
    private static final AtomicInteger SAVES = new AtomicInteger();

    private ClusterBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int stepSeconds = Integer.getInteger("benchmark.step-seconds", 20);
        List<Integer> rates = Stream.of(System.getProperty("benchmark.rates", "5,10,15,20,30").split(","))
                                    .map(String::trim).map(Integer::parseInt).toList();
        Path directory = Files.createTempDirectory("entente-cluster-benchmark");
        int status = 0;
        try (ForkedCluster cluster = ForkedCluster.start(directory, 3)) {
            new ClusterBenchmark().run(cluster, directory, rates, stepSeconds);
        } catch (Throwable failure) {
            failure.printStackTrace();
            status = 1;
        } finally {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        System.exit(status);
    }

    private void run(ForkedCluster cluster, Path directory, List<Integer> rates, int stepSeconds) throws Exception {
        ApiClient officer = ApiClient.signedIn(cluster.address(), "officer.59", PASSWORD);
        List<LiveMeeting> meetings = new ArrayList<>();
        for (int meeting = 0; meeting < 3; meeting++) {
            meetings.add(liveMeeting(officer, "Réunion mesurée " + (meeting + 1)));
        }
        System.out.printf("%nSeveral nodes benchmark: note saves in 3 live meetings, open loop, %d s per rate; load average %.2f"
                          + " (%d processors)%n", stepSeconds, loadAverage(), Runtime.getRuntime().availableProcessors());
        for (int nodes = 1; nodes <= cluster.size(); nodes++) {
            List<Integer> ports = new ArrayList<>();
            for (int node = 0; node < nodes; node++) {
                ports.add(cluster.node(node).port());
            }
            try (LocalHaProxy proxy = LocalHaProxy.start(directory.resolve("proxy-" + nodes), ports)) {
                List<ApiClient> writers = new ArrayList<>();
                for (String username : NOTE_TAKERS) {
                    writers.add(ApiClient.signedIn(proxy.port(), username, PASSWORD));
                }
                // the JIT and the nodes' caches warm up on a rate every setup sustains, not counted
                step(writers, meetings, WARM_UP_RATE, stepSeconds, nodes);
                int best = 0;
                for (int rate : rates) {
                    Step step = step(writers, meetings, rate, stepSeconds, nodes);
                    System.out.printf("  %d node(s), %3d commands/s asked: %5.1f/s done, p50 %6.1f ms, p99 %7.1f ms, "
                                      + "max %7.1f ms, refused or failed %d%n", nodes, rate, step.done(), step.p50(),
                                      step.p99(), step.max(), step.failed());
                    if (step.p99() < P99_AIM_MS && step.failed() == 0) {
                        best = rate;
                    } else if (step.p99() > 5 * P99_AIM_MS) {
                        break; // saturated: a higher rate only queues more
                    }
                }
                System.out.printf("%d node(s): %d commands/s with p99 under %d ms%n", nodes, best, P99_AIM_MS);
            }
        }
        failover(cluster, officer, meetings.get(0));
    }

    private record LiveMeeting(String id, String itemId) {
    }

    private static LiveMeeting liveMeeting(ApiClient officer, String title) {
        String meetingId = officer.post(API + "/bodies/groupe-de-travail/meetings", """
                {"title": "%s", "date": "%s", "startTime": "14:00", "endTime": "16:30", "place": "Lille"}
                """.formatted(title, LocalDate.now().plusDays(3))).json().get("meetingId").asText();
        String meeting = API + "/meetings/" + meetingId;
        String itemId = officer.post(meeting + "/agenda/items", "{\"title\": \"Point A\", \"purpose\": \"DISCUSSION\"}")
                               .json().get("itemId").asText();
        expect(officer.post(meeting + "/start", ""), 204);
        return new LiveMeeting(meetingId, itemId);
    }

    private record Step(double done, double p50, double p99, double max, int failed) {
    }

    /** Sends {@code rate} note saves a second for {@code seconds}, spread over the writers' blocks. */
    private static Step step(List<ApiClient> writers, List<LiveMeeting> meetings, int rate, int seconds, int nodes)
            throws Exception {
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        ExecutorService senders = Executors.newFixedThreadPool(64);
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failed = new AtomicInteger();
        long periodNanos = TimeUnit.SECONDS.toNanos(1) / rate;
        long start = System.nanoTime();
        int total = rate * seconds;
        List<Future<?>> sent = Collections.synchronizedList(new ArrayList<>());
        for (int command = 0; command < total; command++) {
            long due = start + command * periodNanos;
            clock.schedule(() -> sent.add(senders.submit(() -> {
                int n = SAVES.getAndIncrement();
                ApiClient writer = writers.get(n % writers.size());
                LiveMeeting meeting = meetings.get((n / writers.size()) % meetings.size());
                // a block per writer, meeting and node count: each save is a new block (no version to track)
                String block = "bloc-" + nodes + "-" + rate + "-" + n;
                try {
                    ApiClient.Response answer = writer.put(API + "/meetings/" + meeting.id() + "/notes/" + block,
                                                           "{\"itemId\": \"" + meeting.itemId() + "\", \"text\": \"Note " + n + "\"}");
                    if (answer.status() >= 300) {
                        failed.incrementAndGet();
                    }
                } catch (UncheckedIOException e) {
                    failed.incrementAndGet();
                }
                latencies.add((System.nanoTime() - due) / 1e6);
            })), due - System.nanoTime(), TimeUnit.NANOSECONDS);
        }
        clock.shutdown();
        clock.awaitTermination(seconds + 10, TimeUnit.SECONDS);
        senders.shutdown();
        senders.awaitTermination(120, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;
        List<Double> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Step(sorted.size() / elapsed, percentile(sorted, 50), percentile(sorted, 99), percentile(sorted, 100),
                        failed.get());
    }

    private static void failover(ForkedCluster cluster, ApiClient officer, LiveMeeting meeting) throws Exception {
        String meetingId = meeting.id();
        String topic = LiveTopics.meeting(COOPERATION, meetingId);
        List<Long> before = cluster.livePositions(topic);
        long start = before.isEmpty() ? 0 : before.get(before.size() - 1);
        List<SignedInSession> people = new ArrayList<>();
        for (String username : NOTE_TAKERS) {
            people.add(SignedInSession.signIn(cluster.address(), username, PASSWORD));
        }
        ScheduledExecutorService reconnections = Executors.newScheduledThreadPool(4);
        List<ResumingLiveClient> pages = new ArrayList<>();
        for (int page = 0; page < 50; page++) {
            pages.add(ResumingLiveClient.connect(cluster.address(), people.get(page % people.size()), "/live/" + topic,
                                                 start, reconnections));
        }
        ApiClient writer = ApiClient.signedIn(cluster.address(), "referent.02", PASSWORD);
        AtomicInteger saves = new AtomicInteger();
        ScheduledExecutorService load = Executors.newSingleThreadScheduledExecutor();
        load.scheduleAtFixedRate(() -> {
            try {
                writer.put(API + "/meetings/" + meetingId + "/notes/bloc-panne-" + saves.incrementAndGet(),
                           "{\"itemId\": \"" + meeting.itemId() + "\", \"text\": \"Pendant la panne\"}");
            } catch (RuntimeException noAnswer) {
                // its node died under it
            }
        }, 0, 100, TimeUnit.MILLISECONDS);
        Thread.sleep(5_000);
        int victim = cluster.nodeRunning("meetings").orElseThrow();
        long killedAt = System.nanoTime();
        cluster.kill(victim);
        List<Long> atKill = cluster.livePositions(topic);
        long lastBefore = atKill.get(atKill.size() - 1);
        while (pages.stream().anyMatch(page -> page.lastPosition() <= lastBefore)
               && System.nanoTime() - killedAt < TimeUnit.SECONDS.toNanos(120)) {
            Thread.sleep(20);
        }
        double failoverSeconds = (System.nanoTime() - killedAt) / 1e9;
        Thread.sleep(5_000);
        load.shutdown();
        load.awaitTermination(10, TimeUnit.SECONDS);
        Thread.sleep(3_000);
        List<Long> published = cluster.livePositions(topic).stream().filter(position -> position > start).toList();
        long lost = 0;
        long twice = 0;
        for (ResumingLiveClient page : pages) {
            List<Long> received = page.positions();
            twice += received.size() - received.stream().distinct().count();
            for (long position : published) {
                if (!page.hasSeen(position)) {
                    lost++;
                }
            }
        }
        int reconnected = (int) pages.stream().filter(page -> page.connections() > 1).count();
        System.out.printf("Failover: node %d (running the meeting's projections) killed with 50 pages open and a note "
                          + "saved every 100 ms: every page updated again after %.1f s (claim timeout %d s); %d pages "
                          + "reconnected through the proxy; updates lost %d, received twice %d, of %d updates × 50 pages%n",
                          victim, failoverSeconds, ForkedCluster.CLAIM_TIMEOUT_SECONDS, reconnected, lost, twice,
                          published.size());
        pages.forEach(ResumingLiveClient::close);
        reconnections.shutdownNow();
        expect(officer.get("/api/me"), 200);
    }

    private static double percentile(List<Double> sorted, int percentile) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void expect(ApiClient.Response response, int status) {
        if (response.status() != status) {
            throw new IllegalStateException("expected " + status + ": " + response);
        }
    }
}
