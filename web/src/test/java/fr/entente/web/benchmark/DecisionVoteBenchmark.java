package fr.entente.web.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import fr.entente.cooperation.api.AddBodyMemberCommand;
import fr.entente.cooperation.api.AddMemberCentreCommand;
import fr.entente.cooperation.api.BodyKind;
import fr.entente.cooperation.api.BodyRole;
import fr.entente.cooperation.api.CreateBodyCommand;
import fr.entente.cooperation.api.CreateCooperationCommand;
import fr.entente.cooperation.api.RegisterPersonCommand;
import fr.entente.decision.api.DecisionMode;
import fr.entente.decision.api.DecisionRoster;
import fr.entente.decision.api.OpenDecisionCommand;
import fr.entente.infra.audit.Actor;
import fr.entente.infra.eventstore.MongoEventStorageEngine;
import fr.entente.infra.security.PersonAccounts;
import fr.entente.live.query.LiveTopics;
import fr.entente.web.live.LivePositions;
import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.LiveClient;
import fr.entente.web.testing.RunningHub;
import fr.entente.web.testing.SignedInSession;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.bson.Document;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The decisions' benchmark: a body of 100 member centres whose 100 directors vote at once on one decision, through
 * the REST API (one thread each, released together), while 20 pages follow the decision's live topic (STOMP clients,
 * signed in as members). It prints the votes accepted per second, the latency from a vote's request to its tally
 * frame on each page (p50, p90, p99, max: aim p99 under 100 ms; it includes the wait of a vote behind the others, the
 * 100 votes being of one aggregate), the latency from the vote's HTTP answer to the frame, the answers' times, and the
 * frames lost (must be 0). A frame is matched to
 * its vote by the global sequence number it carries: the log says which centre's vote each position is.
 * <p>
 * Run: {@code mvn -B -pl web -am -Pdecision-benchmark -DskipTests verify} ({@code -Dbenchmark.centres},
 * {@code -Dbenchmark.pages} change the load). Not a test: it prints figures, it does not judge them.
 */
public final class DecisionVoteBenchmark {

    private static final String COOPERATION = "benchmark";
    private static final String BODY = "assemblee";
    private static final String DECISION = "decision-mesuree";
    private static final String PASSWORD = "mot de passe du banc d'essai 2026";

    private DecisionVoteBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int centres = Integer.getInteger("benchmark.centres", 100);
        int pages = Integer.getInteger("benchmark.pages", 20);
        Path data = Files.createTempDirectory("entente-decision-benchmark");
        try (RunningHub hub = RunningHub.start(data, RunningHub.freshDatabaseName())) {
            run(hub, centres, pages);
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

    private static void run(RunningHub hub, int centres, int pageCount) throws Exception {
        List<String> codes = departmentCodes().subList(0, centres);
        system(hub, new CreateCooperationCommand(COOPERATION, "Coopération du banc d'essai", "France"));
        system(hub, new CreateBodyCommand(COOPERATION, BODY, BodyKind.OTHER, "Assemblée des centres"));
        PersonAccounts accounts = hub.bean(PersonAccounts.class);
        for (String code : codes) {
            system(hub, new AddMemberCentreCommand(COOPERATION, code, "CDG " + code));
            system(hub, new RegisterPersonCommand(COOPERATION, person(code), "cdg-" + code.toLowerCase()));
            system(hub, new AddBodyMemberCommand(COOPERATION, BODY, person(code), BodyRole.MEMBER));
            accounts.createActiveAccount(person(code), "directeur." + code.toLowerCase(), "Directeur·rice " + code,
                                         "directeur." + code.toLowerCase() + "@example.fr", PASSWORD);
        }
        DecisionRoster roster = hub.bean(DecisionRoster.class);
        while (roster.electorate(COOPERATION, BODY, false).size() < centres) {
            Thread.sleep(50);
        }
        system(hub, new OpenDecisionCommand(DECISION, COOPERATION, BODY, "Adopter le programme de l'année ?", null,
                                            null, null, null, null, DecisionMode.LIVE, null, null, false));
        List<ApiClient> voters = new ArrayList<>();
        for (String code : codes) {
            voters.add(ApiClient.signedIn(hub.port(), "directeur." + code.toLowerCase(), PASSWORD));
        }
        Thread.sleep(1_000);

        String topic = LiveTopics.decision(COOPERATION, DECISION);
        long since = hub.bean(LivePositions.class).of(topic);
        List<LiveClient> connections = new ArrayList<>();
        List<Map<Long, Long>> received = new ArrayList<>();
        ExecutorService readers = Executors.newFixedThreadPool(pageCount);
        for (int page = 0; page < pageCount; page++) {
            SignedInSession session = SignedInSession.signIn(hub.port(), "directeur." + codes.get(page).toLowerCase(), PASSWORD);
            LiveClient live = LiveClient.connect(hub.port(), session);
            connections.add(live);
            BlockingQueue<JsonNode> frames = live.subscribe("/live/" + topic, since);
            Map<Long, Long> arrivals = new ConcurrentHashMap<>();
            received.add(arrivals);
            readers.submit(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    JsonNode frame = frames.poll(100, TimeUnit.MILLISECONDS);
                    if (frame != null) {
                        arrivals.putIfAbsent(frame.path("position").asLong(), System.nanoTime());
                    }
                }
                return null;
            });
        }
        Thread.sleep(1_000);

        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        Map<String, Long> answeredAt = new ConcurrentHashMap<>();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService voting = Executors.newFixedThreadPool(centres);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < centres; i++) {
            ApiClient voter = voters.get(i);
            String organisation = "cdg-" + codes.get(i).toLowerCase();
            String option = i % 3 == 2 ? "contre" : "pour";
            answers.add(voting.submit(() -> {
                go.await();
                sentAt.put(organisation, System.nanoTime());
                int status = voter.post("/api/cooperations/" + COOPERATION + "/decisions/" + DECISION + "/votes",
                                        "{\"option\":\"" + option + "\"}").status();
                answeredAt.put(organisation, System.nanoTime());
                return status;
            }));
        }
        long start = System.nanoTime();
        go.countDown();
        long accepted = 0;
        for (Future<Integer> answer : answers) {
            if (answer.get() == 200) {
                accepted++;
            }
        }
        long end = answeredAt.values().stream().mapToLong(Long::longValue).max().orElse(start);
        voting.shutdown();

        Map<Long, String> organisationAt = positionsOfVotes(hub);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline && received.stream().anyMatch(arrivals -> arrivals.size() < organisationAt.size())) {
            Thread.sleep(50);
        }
        readers.shutdownNow();
        connections.forEach(LiveClient::close);

        List<Double> latencies = new ArrayList<>();
        List<Double> afterAnswer = new ArrayList<>();
        long lost = 0;
        for (Map<Long, Long> arrivals : received) {
            for (Map.Entry<Long, String> vote : organisationAt.entrySet()) {
                Long arrival = arrivals.get(vote.getKey());
                if (arrival == null) {
                    lost++;
                } else {
                    latencies.add((arrival - sentAt.get(vote.getValue())) / 1_000_000.0);
                    afterAnswer.add((arrival - answeredAt.get(vote.getValue())) / 1_000_000.0);
                }
            }
        }
        latencies.sort(Double::compare);
        afterAnswer.sort(Double::compare);
        List<Double> responses = new ArrayList<>();
        sentAt.forEach((organisation, sent) -> responses.add((answeredAt.get(organisation) - sent) / 1_000_000.0));
        responses.sort(Double::compare);
        double seconds = (end - start) / 1_000_000_000.0;
        System.out.printf("%nDecision benchmark: %d centres voting at once on one decision, %d pages following its tally%n",
                          centres, pageCount);
        System.out.printf("  votes accepted: %d of %d in %.2f s: %.1f votes/s%n", accepted, centres, seconds, accepted / seconds);
        System.out.printf("  vote -> tally frame on a page (%d frames): p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                          latencies.size(), percentile(latencies, 50), percentile(latencies, 90),
                          percentile(latencies, 99), latencies.isEmpty() ? 0 : latencies.get(latencies.size() - 1));
        System.out.printf("  vote's HTTP answer -> tally frame on a page: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms%n",
                          percentile(afterAnswer, 50), percentile(afterAnswer, 90), percentile(afterAnswer, 99));
        System.out.printf("  vote's HTTP answer after its request: p50 %.1f ms, p99 %.1f ms%n",
                          percentile(responses, 50), percentile(responses, 99));
        System.out.printf("  frames lost: %d (of %d expected)%n%n", lost, (long) organisationAt.size() * pageCount);
    }

    /** The log's position of each vote of the decision, and the centre it is of. */
    private static Map<Long, String> positionsOfVotes(RunningHub hub) {
        Map<Long, String> positions = new ConcurrentHashMap<>();
        for (Document event : hub.bean(MongoDatabase.class).getCollection(MongoEventStorageEngine.EVENTS)
                                 .find(new Document("aggregateIdentifier", DECISION))) {
            if (String.valueOf(event.getString("payloadType")).endsWith("VoteCastEvent")) {
                Object payload = event.get("payload");
                String organisation = payload instanceof Document document ? document.getString("organisationId")
                        : String.valueOf(payload).replaceAll(".*\"organisationId\"\\s*:\\s*\"([^\"]+)\".*", "$1");
                positions.put(((Number) event.get("_id")).longValue(), organisation);
            }
        }
        return positions;
    }

    private static double percentile(List<Double> sorted, int percent) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }

    private static List<String> departmentCodes() {
        List<String> codes = new ArrayList<>();
        IntStream.rangeClosed(1, 95).filter(n -> n != 20).mapToObj(n -> String.format("%02d", n)).forEach(codes::add);
        codes.addAll(List.of("2A", "2B", "971", "972", "973", "974", "975", "976"));
        return codes;
    }

    private static String person(String code) {
        return "person-director-" + code.toLowerCase();
    }

    private static void system(RunningHub hub, Object command) {
        hub.bean(CommandGateway.class).sendAndWait(
                GenericCommandMessage.asCommandMessage(command).andMetaData(Actor.system(COOPERATION).toMetaData()));
    }
}
