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
import fr.entente.forum.api.PostWrittenEvent;
import fr.entente.forum.api.SpaceIds;
import fr.entente.forum.api.SpaceRoster;
import fr.entente.forum.api.ThreadStartedEvent;
import fr.entente.forum.query.ForumSearchIndex;
import fr.entente.forum.query.SearchForumQuery;
import fr.entente.forum.query.SearchHit;
import fr.entente.forum.query.SearchIndexFeed;
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
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The forum's benchmark, in two parts.
 * <p>
 * <b>Live</b>: a hub, a working group of {@code benchmark.posters} people (10) and {@code benchmark.clients} STOMP
 * clients (500, signed in as 50 other members) following the group's space ({@code cooperation/<c>/forum/space/<s>});
 * each of the 10 writes {@code benchmark.posts} posts (20) in a thread of their own through the REST API, one every
 * {@code benchmark.interval-ms} (1,000: 10 posts a second in the space, far more than a forum sees). Each post changes
 * the space's list: every client must get a frame carrying the post's position in the log. It prints the latency from
 * the post's request, and from its HTTP answer, to each client's frame (p50, p90, p99, max; aim p99 under 250 ms) and
 * the frames still missing 20 s after the last post (aim 0).
 * <p>
 * <b>Search</b>: a Lucene index of its own (the hub's class, {@link ForumSearchIndex}, in a temporary directory), into
 * which {@code benchmark.search-posts} posts (100,000, French sentences of the observatory's words, 2,000 threads in
 * 20 spaces) are written through the index's projection path (its event handlers, as the processor applies the log);
 * then {@code benchmark.searches} searches (1,000; one or two words, accents and plurals, filtered by the 10 spaces a
 * person may see) through its query handler: p50, p99 (aim p99 under 50 ms); then the index is reset and the same
 * events applied again, as a replay does: posts per second (the log's reading is not in this figure: see the store's
 * benchmark).
 * <p>
 * Run: {@code mvn -B -pl web -am -Pforum-benchmark -DskipTests verify}. Not a test: it prints figures.
 */
public final class ForumBenchmark {

    private static final String COOPERATION = "banc-forum";
    private static final String BODY = "groupe-de-travail";
    private static final String SPACE = SpaceIds.ofBody(COOPERATION, BODY);
    private static final String PASSWORD = "mot de passe du banc d'essai du forum 2026";
    private static final int WATCHER_ACCOUNTS = 50;

    private static final String[] WORDS = {
            "étude", "études", "réunion", "réunions", "absentéisme", "collectivités", "collectivité", "enquête",
            "flash", "rapport", "social", "unique", "calendrier", "données", "sources", "emploi", "territorial",
            "concours", "agents", "départements", "centre", "gestion", "référents", "observatoire", "questionnaire",
            "relance", "résultats", "comité", "technique", "feuille", "route", "retraite", "pyramide", "âges",
            "contractuels", "titulaires", "formation", "mobilité", "effectifs", "déclarations", "vacance", "synthèse",
            "régionale", "méthode", "indicateurs", "tableau", "santé", "prévention", "handicap", "mutualisation"};
    private static final String[] QUERIES = {
            "etudes", "réunion", "reunions", "absenteisme", "collectivites", "enquête flash", "rapport social",
            "données", "emploi territorial", "concours", "pyramide des âges", "retraite", "questionnaire relance",
            "indicateurs", "handicap", "mobilité", "feuille de route", "synthèse régionale", "effectifs", "santé"};

    private ForumBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int clients = Integer.getInteger("benchmark.clients", 500);
        int posters = Integer.getInteger("benchmark.posters", 10);
        int posts = Integer.getInteger("benchmark.posts", 20);
        int interval = Integer.getInteger("benchmark.interval-ms", 1000);
        int searchPosts = Integer.getInteger("benchmark.search-posts", 100_000);
        int searches = Integer.getInteger("benchmark.searches", 1_000);
        Path data = Files.createTempDirectory("entente-forum-benchmark");
        try {
            printLoad("before");
            try (RunningHub hub = RunningHub.start(data.resolve("hub"), RunningHub.freshDatabaseName())) {
                live(hub, clients, posters, posts, interval);
            }
            printLoad("after the live part");
            search(data.resolve("index"), searchPosts, searches);
            printLoad("after the search part");
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

    private static void live(RunningHub hub, int clientCount, int posterCount, int postsEach, int interval) throws Exception {
        system(hub, new CreateCooperationCommand(COOPERATION, "Coopération du banc d'essai du forum", "France"));
        system(hub, new AddMemberCentreCommand(COOPERATION, "59", "CDG du Nord"));
        system(hub, new CreateBodyCommand(COOPERATION, BODY, BodyKind.WORKING_GROUP, "Groupe de travail mesuré"));
        PersonAccounts accounts = hub.bean(PersonAccounts.class);
        List<String> posters = new ArrayList<>();
        List<String> watchers = new ArrayList<>();
        for (int i = 0; i < posterCount + WATCHER_ACCOUNTS; i++) {
            String username = (i < posterCount ? "auteur." : "lecteur.") + i;
            String personId = "person-banc-" + i;
            system(hub, new RegisterPersonCommand(COOPERATION, personId, "cdg-59"));
            system(hub, new AddBodyMemberCommand(COOPERATION, BODY, personId, BodyRole.MEMBER));
            accounts.createActiveAccount(personId, username, "Personne " + i, username + "@example.fr", PASSWORD);
            (i < posterCount ? posters : watchers).add(username);
        }
        SpaceRoster roster = hub.bean(SpaceRoster.class);
        for (int i = 0; i < posterCount + WATCHER_ACCOUNTS; i++) {
            while (roster.roleOf(COOPERATION, SPACE, "person-banc-" + i).isEmpty()) {
                Thread.sleep(50);
            }
        }
        String forum = "/api/cooperations/" + COOPERATION + "/forum";
        List<ApiClient> writers = new ArrayList<>();
        List<String> threads = new ArrayList<>();
        for (String poster : posters) {
            ApiClient writer = ApiClient.signedIn(hub.port(), poster, PASSWORD);
            writers.add(writer);
            ApiClient.Response started = writer.post(forum + "/spaces/" + SPACE + "/threads",
                    "{\"title\":\"Fil de " + poster + "\",\"text\":\"Premier message de " + poster + ".\"}");
            if (started.status() != 201) {
                throw new IllegalStateException("thread not started: " + started);
            }
            threads.add(started.json().path("threadId").asText());
        }

        String topic = LiveTopics.forumSpace(COOPERATION, SPACE);
        Thread.sleep(2_000);
        long since = hub.bean(LivePositions.class).of(topic);
        List<SignedInSession> sessions = new ArrayList<>();
        for (String watcher : watchers) {
            sessions.add(SignedInSession.signIn(hub.port(), watcher, PASSWORD));
        }
        List<LiveClient> connections = new ArrayList<>();
        List<Map<Long, Long>> received = new ArrayList<>();
        long connecting = System.nanoTime();
        for (int i = 0; i < clientCount; i++) {
            LiveClient live = LiveClient.connect(hub.port(), sessions.get(i % sessions.size()));
            connections.add(live);
            Map<Long, Long> arrivals = new ConcurrentHashMap<>();
            received.add(arrivals);
            StompHeaders headers = new StompHeaders();
            headers.setDestination("/live/" + topic);
            headers.add("since", Long.toString(since));
            live.session().subscribe(headers, new StompFrameHandler() {
                @Override
                public Type getPayloadType(StompHeaders frameHeaders) {
                    return JsonNode.class;
                }

                @Override
                public void handleFrame(StompHeaders frameHeaders, Object payload) {
                    arrivals.putIfAbsent(((JsonNode) payload).path("position").asLong(), System.nanoTime());
                }
            });
        }
        System.out.printf("%d STOMP clients connected and subscribed in %.1f s%n", clientCount,
                          (System.nanoTime() - connecting) / 1e9);
        Thread.sleep(3_000);

        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        Map<String, Long> answeredAt = new ConcurrentHashMap<>();
        ExecutorService writing = Executors.newFixedThreadPool(posterCount);
        List<Future<Integer>> done = new ArrayList<>();
        long start = System.nanoTime();
        for (int p = 0; p < posterCount; p++) {
            ApiClient writer = writers.get(p);
            String threadId = threads.get(p);
            int offset = p * interval / posterCount;
            done.add(writing.submit(() -> {
                int accepted = 0;
                Thread.sleep(offset);
                for (int n = 0; n < postsEach; n++) {
                    long due = start + TimeUnit.MILLISECONDS.toNanos(offset + (long) n * interval);
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    }
                    long sent = System.nanoTime();
                    ApiClient.Response written = writer.post(forum + "/threads/" + threadId + "/posts",
                            "{\"text\":\"Message " + n + " : la **collecte** avance.\"}");
                    long answered = System.nanoTime();
                    if (written.status() == 201) {
                        String postId = written.json().path("postId").asText();
                        sentAt.put(postId, sent);
                        answeredAt.put(postId, answered);
                        accepted++;
                    }
                }
                return accepted;
            }));
        }
        int accepted = 0;
        for (Future<Integer> each : done) {
            accepted += each.get();
        }
        writing.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;

        Map<Long, String> postAt = positionsOfPosts(hub, sentAt.keySet());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline
               && received.stream().anyMatch(arrivals -> !arrivals.keySet().containsAll(postAt.keySet()))) {
            Thread.sleep(100);
        }
        connections.forEach(LiveClient::close);

        List<Double> fromRequest = new ArrayList<>();
        List<Double> fromAnswer = new ArrayList<>();
        long lost = 0;
        for (Map<Long, Long> arrivals : received) {
            for (Map.Entry<Long, String> post : postAt.entrySet()) {
                Long arrival = arrivals.get(post.getKey());
                if (arrival == null) {
                    lost++;
                } else {
                    fromRequest.add((arrival - sentAt.get(post.getValue())) / 1e6);
                    fromAnswer.add((arrival - answeredAt.get(post.getValue())) / 1e6);
                }
            }
        }
        List<Double> answers = new ArrayList<>();
        sentAt.forEach((postId, sent) -> answers.add((answeredAt.get(postId) - sent) / 1e6));
        fromRequest.sort(Double::compare);
        fromAnswer.sort(Double::compare);
        answers.sort(Double::compare);
        System.out.printf("%nForum benchmark, live: %d STOMP clients following one space, %d people posting %d posts each, "
                          + "one every %d ms each%n", clientCount, posterCount, postsEach, interval);
        System.out.printf("  posts accepted: %d of %d in %.1f s (%.1f posts/s)%n", accepted, posterCount * postsEach,
                          seconds, accepted / seconds);
        System.out.printf("  post's request -> frame on a client (%d frames): p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                          fromRequest.size(), percentile(fromRequest, 50), percentile(fromRequest, 90),
                          percentile(fromRequest, 99), max(fromRequest));
        System.out.printf("  post's HTTP answer -> frame on a client: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                          percentile(fromAnswer, 50), percentile(fromAnswer, 90), percentile(fromAnswer, 99), max(fromAnswer));
        System.out.printf("  post's HTTP answer after its request: p50 %.1f ms, p99 %.1f ms%n",
                          percentile(answers, 50), percentile(answers, 99));
        System.out.printf("  frames missing 20 s after the last post: %d (of %d expected)%n%n", lost,
                          (long) postAt.size() * clientCount);
    }

    private static void search(Path directory, int postCount, int searchCount) throws Exception {
        Random random = new Random(2026);
        List<Object> events = new ArrayList<>();
        int threadCount = Math.max(1, postCount / 50);
        List<String> spaces = new ArrayList<>();
        for (int s = 0; s < 20; s++) {
            spaces.add("espace-banc-" + s);
        }
        for (int t = 0; t < threadCount; t++) {
            events.add(new ThreadStartedEvent("fil-" + t, COOPERATION, spaces.get(t % spaces.size()),
                                              sentence(random, 6), "person-banc-" + (t % 60), null));
        }
        for (int p = 0; p < postCount; p++) {
            events.add(new PostWrittenEvent("fil-" + (p % threadCount), "message-" + p, "person-banc-" + (p % 60),
                                            sentence(random, 25 + random.nextInt(40)), null, null));
        }
        // the threads first, as the log would hold them before their posts
        Instant at = Instant.parse("2026-01-05T08:00:00Z");
        try (ForumSearchIndex index = new ForumSearchIndex(directory)) {
            SearchIndexFeed feed = new SearchIndexFeed(index);
            double built = apply(feed, events, at, postCount);
            List<String> visible = spaces.subList(0, 10);
            for (int i = 0; i < 100; i++) {
                index.handle(query(visible, QUERIES[i % QUERIES.length]));
            }
            List<Double> times = new ArrayList<>();
            long hits = 0;
            for (int i = 0; i < searchCount; i++) {
                SearchForumQuery query = query(visible, QUERIES[random.nextInt(QUERIES.length)]);
                long started = System.nanoTime();
                List<SearchHit> found = index.handle(query);
                times.add((System.nanoTime() - started) / 1e6);
                hits += found.size();
            }
            times.sort(Double::compare);
            index.reset();
            double rebuilt = apply(feed, events, at, postCount);
            System.out.printf("%nForum benchmark, search: %,d posts in %,d threads of 20 spaces, a person seeing 10%n",
                              postCount, threadCount);
            System.out.printf("  index built through its projection path: %,.0f posts/s%n", built);
            System.out.printf("  %d searches (20 hits at most, %.1f on average): p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                              searchCount, hits / (double) searchCount, percentile(times, 50), percentile(times, 90),
                              percentile(times, 99), max(times));
            System.out.printf("  index reset and rebuilt from the same events, as a replay: %,.0f posts/s%n%n", rebuilt);
        }
    }

    /** Applies the events in order, as the processor would; commits; gives the posts applied per second. */
    private static double apply(SearchIndexFeed feed, List<Object> events, Instant at, int postCount) throws Exception {
        long started = System.nanoTime();
        long position = 1;
        for (Object event : events) {
            if (event instanceof ThreadStartedEvent thread) {
                feed.apply(thread, at, position++);
            } else {
                feed.apply((PostWrittenEvent) event, at.plusSeconds(position), position++);
            }
        }
        return postCount / ((System.nanoTime() - started) / 1e9);
    }

    private static SearchForumQuery query(List<String> visible, String text) {
        return new SearchForumQuery(COOPERATION, visible, text, List.of(), null, null, null, 20);
    }

    private static String sentence(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < words; w++) {
            text.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.append('.').toString();
    }

    /** The log's position of each post written by the benchmark. */
    private static Map<Long, String> positionsOfPosts(RunningHub hub, java.util.Set<String> postIds) {
        Map<Long, String> positions = new ConcurrentHashMap<>();
        for (Document event : hub.bean(MongoDatabase.class).getCollection(MongoEventStorageEngine.EVENTS)
                                 .find(new Document("payloadType", new Document("$regex", "PostWrittenEvent$")))) {
            Object payload = event.get("payload");
            String postId = payload instanceof Document document ? document.getString("postId")
                    : String.valueOf(payload).replaceAll("(?s).*\"postId\"\\s*:\\s*\"([^\"]+)\".*", "$1");
            if (postIds.contains(postId)) {
                positions.put(((Number) event.get("_id")).longValue(), postId);
            }
        }
        return positions;
    }

    private static void printLoad(String when) {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            System.out.printf("load average %s: %s %s %s (%d processors)%n", when, fields[0], fields[1], fields[2],
                              Runtime.getRuntime().availableProcessors());
        } catch (Exception e) {
            System.out.printf("load average %s: %.2f%n", when,
                              ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static double percentile(List<Double> sorted, int percent) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }

    private static double max(List<Double> sorted) {
        return sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1);
    }

    private static void system(RunningHub hub, Object command) {
        hub.bean(CommandGateway.class).sendAndWait(
                GenericCommandMessage.asCommandMessage(command).andMetaData(Actor.system(COOPERATION).toMetaData()));
    }
}
