package fr.entente.web.testing;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import fr.entente.infra.eventstore.TrackingTokenStores;
import org.bson.Document;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The hub as production runs it, on loopback ports: the store as a process of its own ({@link StandaloneStore}),
 * RabbitMQ with its STOMP plugin relaying live updates ({@link LocalRabbitMq}), N hub nodes each in its own JVM
 * ({@link ForkedHub}, so that one can be killed with {@code kill -9}), and HAProxy in front of them
 * ({@link LocalHaProxy}): one address. The first node loads the demo data and so holds the processors' claims at
 * first; the others start once it is ready, together. The processors' claims time out after
 * {@value #CLAIM_TIMEOUT_SECONDS} s and the scheduled work's leases after 5 s, so that a test sees a node's death
 * taken over in seconds; the nodes' events' clock can be moved ahead ({@link HubOnAMovableClock}).
 */
public final class ForkedCluster implements AutoCloseable {

    public static final int CLAIM_TIMEOUT_SECONDS = 5;
    public static final String DATABASE = "entente-cluster";

    private final Path directory;
    private final StandaloneStore store;
    private final LocalRabbitMq broker;
    private final List<ForkedHub> nodes = new ArrayList<>();
    private LocalHaProxy proxy;
    private MongoClient client;

    private ForkedCluster(Path directory, StandaloneStore store, LocalRabbitMq broker) {
        this.directory = directory;
        this.store = store;
        this.broker = broker;
    }

    /** RabbitMQ and HAProxy are installed ({@code .ci/run} installs Debian's packages). */
    public static boolean available() {
        return LocalRabbitMq.installed() && LocalHaProxy.installed();
    }

    public static ForkedCluster start(Path directory, int nodeCount) {
        ForkedCluster cluster = new ForkedCluster(directory, StandaloneStore.start(directory.resolve("store")),
                                                  LocalRabbitMq.start());
        try {
            cluster.nodes.add(cluster.startNode(0));
            List<CompletableFuture<ForkedHub>> others = new ArrayList<>();
            for (int node = 1; node < nodeCount; node++) {
                int index = node;
                others.add(CompletableFuture.supplyAsync(() -> cluster.startNode(index)));
            }
            others.forEach(node -> cluster.nodes.add(node.join()));
            cluster.proxy = LocalHaProxy.start(directory.resolve("proxy"), cluster.nodes.stream().map(ForkedHub::port).toList());
            cluster.client = MongoClients.create(cluster.store.connectionString());
        } catch (RuntimeException failed) {
            cluster.close();
            throw failed;
        }
        return cluster;
    }

    private ForkedHub startNode(int index) {
        Path home = directory.resolve("node-" + index);
        return ForkedHub.startNode(home, List.of("-Xmx384m", "-Dentente.test.clock-offset-file=" + clockFile()), List.of(
                "--entente.mongodb.uri=" + store.connectionString(), "--entente.mongodb.database=" + DATABASE,
                "--entente.mongodb.embedded.data-directory=" + home.resolve("data"),
                "--entente.demo.enabled=" + (index == 0), "--entente.sessions.kept-in=store",
                "--entente.live.relay.host=127.0.0.1", "--entente.live.relay.port=" + broker.stompPort(),
                "--entente.event-store.token-claim-timeout=" + CLAIM_TIMEOUT_SECONDS + "s",
                "--entente.event-store.gap-timeout=10s", "--entente.event-store.dead-writers-check-ms=3000",
                "--entente.scheduled-work.lease=5s", "--entente.decision.deadline-check=2s"));
    }

    private Path clockFile() {
        return directory.resolve("clock-offset");
    }

    /** The one address: the proxy's port. */
    public int address() {
        return proxy.port();
    }

    public int size() {
        return nodes.size();
    }

    public ForkedHub node(int index) {
        return nodes.get(index);
    }

    /** The shared store, read as an operator would (the log, the claims, the live journal). */
    public MongoDatabase database() {
        return client.getDatabase(DATABASE);
    }

    /** Moves every node's events' clock this far ahead of the machine's (within 200 ms). */
    public void moveClockAhead(Duration offset) {
        HubOnAMovableClock.moveAhead(clockFile(), offset);
    }

    /** The living node that runs this processor's projections now (its one segment), if any does. */
    public Optional<Integer> nodeRunning(String processor) {
        Document token = tokens().find(Filters.and(Filters.eq("processorName", processor), Filters.eq("segment", 0))).first();
        return token == null ? Optional.empty() : livingOwner(token);
    }

    /** How many segments no living node holds (a dead node's, until the others take them over). */
    public long unclaimedSegments() {
        return tokens().find().into(new ArrayList<>()).stream().filter(token -> livingOwner(token).isEmpty()).count();
    }

    /** The positions of a live topic's updates in the shared journal, in order. */
    public List<Long> livePositions(String topic) {
        return database().getCollection("live_updates").find(Filters.eq("topic", topic)).sort(new Document("position", 1))
                         .map(entry -> entry.get("position", Number.class).longValue()).into(new ArrayList<>());
    }

    private MongoCollection<Document> tokens() {
        return database().getCollection(TrackingTokenStores.TOKENS);
    }

    /** The living node whose claim this is: claims name their owner {@code pid@host}. */
    private Optional<Integer> livingOwner(Document token) {
        String owner = token.getString("owner");
        for (int index = 0; index < nodes.size(); index++) {
            if (owner != null && nodes.get(index).isAlive() && owner.startsWith(nodes.get(index).pid() + "@")) {
                return Optional.of(index);
            }
        }
        return Optional.empty();
    }

    /** {@code kill -9} of a node. */
    public void kill(int index) {
        nodes.get(index).kill();
    }

    @Override
    public void close() {
        if (client != null) {
            client.close();
        }
        if (proxy != null) {
            proxy.close();
        }
        for (int index = nodes.size() - 1; index >= 0; index--) {
            nodes.get(index).close();
        }
        broker.close();
        store.close();
    }
}
