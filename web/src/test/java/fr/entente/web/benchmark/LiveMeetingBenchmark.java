package fr.entente.web.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import fr.entente.live.query.LiveTopics;
import fr.entente.web.live.LivePositions;
import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.LiveClient;
import fr.entente.web.testing.RunningHub;
import fr.entente.web.testing.SignedInSession;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;

import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The live meeting benchmark: 50 open live pages of one meeting (STOMP clients, each signed in as a member of the
 * body) while its officer makes 200 current-item changes and 200 note saves through the REST API, one after the other.
 * Each page does what the page's script does: on a frame, it asks the server for the sections that show what changed
 * ({@code sections.js}); the time that counts is the one a person sees, from the command's HTTP response to the page's
 * sections received. It prints that latency and the frame's alone (p50, p90, p99, max), the commands' response times,
 * the frames lost (must be 0), and the store's reads per change, counted by the driver's command listener (they must
 * not grow with the number of open pages: run it with {@code -Dbenchmark.clients=1} to compare).
 * A frame is matched to its command by the global sequence number it carries: the commands are sequential, each
 * makes one event, so the n-th new position is the n-th command's.
 * <p>
 * Run: {@code mvn -B -pl web -am -Plive-benchmark -DskipTests verify} ({@code -Dbenchmark.clients}, {@code
 * -Dbenchmark.changes}, {@code -Dbenchmark.interval-ms} change the load; {@code -Dbenchmark.refresh=page} makes each
 * page fetch itself whole instead of its sections, as pages did before issue 8). Not a test: it prints figures, it does
 * not judge them.
 */
public final class LiveMeetingBenchmark {

    private static final String PASSWORD = "entente-demo-2026";
    private static final String COOPERATION = "hauts-de-france";
    private static final List<String> MEMBERS = List.of("officer.59", "referent.02", "referent.59", "referent.60",
                                                        "referent.62", "referent.80");

    private LiveMeetingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int clients = Integer.getInteger("benchmark.clients", 50);
        boolean wholePage = "page".equals(System.getProperty("benchmark.refresh", "sections"));
        int changes = Integer.getInteger("benchmark.changes", 200);
        long intervalMs = Long.getLong("benchmark.interval-ms", 25);
        int warmUpChanges = Integer.getInteger("benchmark.warm-up-changes", 200);
        Path data = Files.createTempDirectory("entente-live-benchmark");
        try (RunningHub hub = RunningHub.startWithDemoData(data, RunningHub.freshDatabaseName())) {
            new LiveMeetingBenchmark().run(hub, clients, changes, warmUpChanges, intervalMs, wholePage);
        } catch (Throwable failure) {
            failure.printStackTrace();
            System.exit(1);
        } finally {
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        System.exit(0);
    }

    private void run(RunningHub hub, int clientCount, int changes, int warmUpChanges, long intervalMs, boolean wholePage)
            throws Exception {
        ApiClient officer = ApiClient.signedIn(hub.port(), "officer.59", PASSWORD);
        String api = "/api/cooperations/" + COOPERATION;
        String meetingId = officer.post(api + "/bodies/groupe-de-travail/meetings", """
                {"title": "Réunion mesurée", "date": "%s", "startTime": "14:00", "endTime": "16:30", "place": "Lille"}
                """.formatted(LocalDate.now().plusDays(3))).json().get("meetingId").asText();
        String meeting = api + "/meetings/" + meetingId;
        String itemA = officer.post(meeting + "/agenda/items", "{\"title\": \"Point A\", \"purpose\": \"DISCUSSION\"}")
                              .json().get("itemId").asText();
        String itemB = officer.post(meeting + "/agenda/items", "{\"title\": \"Point B\", \"purpose\": \"DECISION\"}")
                              .json().get("itemId").asText();
        expect(officer.post(meeting + "/start", ""), 204);
        expect(officer.put(meeting + "/current-item", "{\"itemId\": \"" + itemA + "\"}"), 200);

        String topic = LiveTopics.meeting(COOPERATION, meetingId);
        List<SignedInSession> people = new ArrayList<>();
        for (String username : MEMBERS) {
            people.add(SignedInSession.signIn(hub.port(), username, PASSWORD));
        }
        // let the read model catch up with the set-up, so that the clients start after it
        Thread.sleep(1_000);
        long start = hub.bean(LivePositions.class).of(topic);
        String livePage = "/cooperations/" + COOPERATION + "/reunions/" + meetingId + "/en-direct";
        LiveSectionsOfAPage sections = wholePage ? null : LiveSectionsOfAPage.of(people.get(0).get(livePage).body());
        ExecutorService pageScripts = Executors.newFixedThreadPool(clientCount);
        List<LiveClient> connections = new ArrayList<>();
        List<Map<Long, Long>> received = new ArrayList<>();
        List<Map<Long, Long>> shown = new ArrayList<>();
        List<PageScript> scripts = new ArrayList<>();
        for (int i = 0; i < clientCount; i++) {
            SignedInSession person = people.get(i % people.size());
            LiveClient client = LiveClient.connect(hub.port(), person);
            PageScript page = new PageScript(person, sections, meetingId, COOPERATION, wholePage ? livePage : null,
                                             pageScripts);
            StompHeaders headers = new StompHeaders();
            headers.setDestination("/live/" + topic);
            headers.add("since", Long.toString(start));
            client.session().subscribe(headers, new StompFrameHandler() {
                @Override
                public Type getPayloadType(StompHeaders stompHeaders) {
                    return JsonNode.class;
                }

                @Override
                public void handleFrame(StompHeaders stompHeaders, Object payload) {
                    page.onFrame((JsonNode) payload);
                }
            });
            connections.add(client);
            scripts.add(page);
            received.add(page.framesAt());
            shown.add(page.shownAt());
        }
        Thread.sleep(1_000); // the subscriptions are made asynchronously

        // the JIT compiles the request, render and frame paths during the first minutes: a hub that serves a meeting
        // has been running for days, so the first changes warm it up and are not counted
        Commands commandsOfTheMeeting = new Commands(officer, meeting, itemA, itemB);
        int warmUp = warmUpChanges * 2;
        commandsOfTheMeeting.send(warmUp, intervalMs);
        awaitAll(received, shown, warmUp);
        scripts.forEach(PageScript::forget);

        int commands = changes * 2;
        double readsBefore = storeReads(hub);
        Map<String, Double> readsByCollectionBefore = storeReadsByCollection(hub);
        Answers answers = commandsOfTheMeeting.send(commands, intervalMs);
        long[] responded = answers.at();
        long[] responseTimes = answers.took();
        awaitAll(received, shown, commands);
        double readsPerChange = (storeReads(hub) - readsBefore) / commands;
        Map<String, Double> readsByCollection = storeReadsByCollection(hub);
        readsByCollection.replaceAll((collection, count) -> (count - readsByCollectionBefore.getOrDefault(collection, 0.0)) / commands);
        pageScripts.shutdownNow();
        long[] positions = received.stream().flatMap(frames -> frames.keySet().stream()).distinct()
                                   .mapToLong(Long::longValue).sorted().toArray();
        List<Long> latencies = new ArrayList<>();
        List<Long> pageLatencies = latencies(shown, positions, responded, commands);
        long pagesLost = shown.stream().mapToLong(pages -> Math.max(0, commands - pages.size())).sum();
        long lost = 0;
        long early = 0;
        for (Map<Long, Long> frames : received) {
            lost += Math.max(0, commands - frames.size());
            for (Map.Entry<Long, Long> frame : frames.entrySet()) {
                int command = Arrays.binarySearch(positions, frame.getKey());
                if (command < commands) {
                    long latency = frame.getValue() - responded[command];
                    if (latency < 0) {
                        early++;
                    }
                    latencies.add(Math.max(0, latency));
                }
            }
        }
        connections.forEach(LiveClient::close);
        List<Long> alone = oneRefreshAlone(people.get(0), wholePage ? livePage
                : sections.request(meetingId, COOPERATION, List.of(), hub.bean(LivePositions.class).of(topic)));

        System.out.printf("%nLive meeting benchmark: %d open live pages of one meeting, %d current-item changes and %d note "
                          + "saves (after %d of each not counted), one command every %d ms at most; each page fetches %s "
                          + "on a frame%n", clientCount, changes, changes, warmUpChanges, intervalMs,
                          wholePage ? "itself whole" : "the sections that show what changed");
        System.out.printf("what a person sees, from the command's HTTP response to the page updated: p50 %.1f ms, "
                          + "p90 %.1f ms, p99 %.1f ms, max %.1f ms; pages not updated %d of %d%n",
                          percentile(pageLatencies, 50), percentile(pageLatencies, 90), percentile(pageLatencies, 99),
                          percentile(pageLatencies, 100), pagesLost, (long) commands * clientCount);
        System.out.printf("load average of the machine: %.2f (%d processors)%n",
                          java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                          Runtime.getRuntime().availableProcessors());
        System.out.printf("the store's reads per change (find, aggregate, getMore, count): %.1f%n", readsPerChange);
        readsByCollection.entrySet().stream().filter(entry -> entry.getValue() >= 0.05)
                         .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                         .forEach(entry -> System.out.printf("  %s: %.1f per change%n", entry.getKey(), entry.getValue()));
        System.out.printf("frames expected %d, received %d, lost %d (distinct positions seen: %d)%n",
                          (long) commands * clientCount, latencies.size(), lost, positions.length);
        System.out.printf("latency from the command's HTTP response to the client's frame: p50 %.1f ms, p90 %.1f ms, "
                          + "p99 %.1f ms, max %.1f ms (%d frames arrived before the HTTP response, counted as 0)%n",
                          percentile(latencies, 50), percentile(latencies, 90), percentile(latencies, 99),
                          percentile(latencies, 100), early);
        System.out.printf("one page's refresh alone, nothing else running (%d in a row, its sections already rendered): "
                          + "p50 %.2f ms, p99 %.2f ms%n", alone.size(), percentile(alone, 50), percentile(alone, 99));
        List<Long> commandTimes = Arrays.stream(responseTimes).boxed().toList();
        System.out.printf("command response time: p50 %.1f ms, p99 %.1f ms%n",
                          percentile(commandTimes, 50), percentile(commandTimes, 99));
    }

    /**
     * What one refresh costs the hub when nothing else runs: the same request a page makes on a frame, over and over
     * from one client, answered from the sections already rendered.
     */
    private static List<Long> oneRefreshAlone(SignedInSession person, String path) throws Exception {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            long start = System.nanoTime();
            if (person.get(path).statusCode() != 200) {
                throw new IllegalStateException("refresh refused: " + path);
            }
            if (i >= 500) {
                times.add(System.nanoTime() - start);
            }
        }
        return times;
    }

    /** Waits, a minute at most, until every page has received and shown this many updates. */
    private static void awaitAll(List<Map<Long, Long>> received, List<Map<Long, Long>> shown, int commands)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && (received.stream().anyMatch(frames -> frames.size() < commands)
                                                 || shown.stream().anyMatch(pages -> pages.size() < commands))) {
            Thread.sleep(50);
        }
    }

    /** When each command was answered, and how long each took (nanoseconds). */
    private record Answers(long[] at, long[] took) {
    }

    /** The officer's commands, one after the other: current-item changes and note saves in turn. */
    private static final class Commands {

        private final ApiClient officer;
        private final String meeting;
        private final String itemA;
        private final String itemB;
        private int version;
        private int sent;

        Commands(ApiClient officer, String meeting, String itemA, String itemB) {
            this.officer = officer;
            this.meeting = meeting;
            this.itemA = itemA;
            this.itemB = itemB;
        }

        /** Sends this many commands, one at most every {@code intervalMs}. */
        Answers send(int commands, long intervalMs) throws InterruptedException {
            long[] responded = new long[commands];
            long[] responseTimes = new long[commands];
            for (int i = 0; i < commands; i++, sent++) {
                long start = System.nanoTime();
                ApiClient.Response response;
                if (sent % 2 == 0) {
                    response = officer.put(meeting + "/current-item",
                                           "{\"itemId\": \"" + ((sent / 2) % 2 == 0 ? itemB : itemA) + "\"}");
                } else {
                    String body = version == 0
                            ? "{\"itemId\": \"" + itemA + "\", \"text\": \"Note 0\"}"
                            : "{\"baseVersion\": " + version + ", \"text\": \"Note " + sent + " : le groupe de travail avance.\"}";
                    response = officer.put(meeting + "/notes/bloc-mesure", body);
                    if (response.status() < 300) {
                        version = response.json().get("version").asInt();
                    }
                }
                responded[i] = System.nanoTime();
                responseTimes[i] = responded[i] - start;
                if (response.status() >= 300) {
                    throw new IllegalStateException("command " + sent + " refused: " + response);
                }
                long pause = intervalMs - TimeUnit.NANOSECONDS.toMillis(responded[i] - start);
                if (pause > 0) {
                    Thread.sleep(pause);
                }
            }
            return new Answers(responded, responseTimes);
        }
    }

    /** Latencies from each command's response to each page's update for that command's position. */
    private static List<Long> latencies(List<Map<Long, Long>> pages, long[] positions, long[] responded, int commands) {
        List<Long> latencies = new ArrayList<>();
        for (Map<Long, Long> page : pages) {
            page.forEach((position, at) -> {
                int command = Arrays.binarySearch(positions, position);
                if (command >= 0 && command < commands) {
                    latencies.add(Math.max(0, at - responded[command]));
                }
            });
        }
        return latencies;
    }

    /** The read commands the hub sent to its store so far, as its command listener counted them. */
    private static double storeReads(RunningHub hub) {
        MeterRegistry registry = hub.bean(MeterRegistry.class);
        return registry.find("mongodb.driver.commands").timers().stream()
                       .filter(timer -> READS.contains(timer.getId().getTag("command")))
                       .mapToDouble(timer -> timer.count()).sum();
    }

    /** The same, by collection: where a change's reads go. */
    private static Map<String, Double> storeReadsByCollection(RunningHub hub) {
        Map<String, Double> byCollection = new java.util.TreeMap<>();
        hub.bean(MeterRegistry.class).find("mongodb.driver.commands").timers().stream()
           .filter(timer -> READS.contains(timer.getId().getTag("command")))
           .forEach(timer -> byCollection.merge(String.valueOf(timer.getId().getTag("collection")), (double) timer.count(), Double::sum));
        return byCollection;
    }

    private static final Set<String> READS = Set.of("find", "aggregate", "getMore", "count");

    private static void expect(ApiClient.Response response, int status) {
        if (response.status() != status) {
            throw new IllegalStateException("expected " + status + ": " + response);
        }
    }

    private static double percentile(List<Long> nanos, int percentile) {
        if (nanos.isEmpty()) {
            return Double.NaN;
        }
        List<Long> sorted = nanos.stream().sorted().toList();
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1_000_000.0;
    }
}
