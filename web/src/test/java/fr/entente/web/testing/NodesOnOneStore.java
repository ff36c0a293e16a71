package fr.entente.web.testing;

import fr.entente.mongo.embedded.Durability;
import fr.entente.mongo.embedded.EmbeddedMongoServer;
import fr.entente.mongo.embedded.EmbeddedMongoSettings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Several hub nodes on one store, as production runs them on one MongoDB (issue 17): the embedded server started on
 * its own, and each node reaching it by its connection string (so that no node numbers events in memory), with its
 * own directory (each keeps its own search index there) and the sessions kept in the store. The first node loads the
 * demo data if asked; the others start once it is up.
 */
public final class NodesOnOneStore implements AutoCloseable {

    private final EmbeddedMongoServer store;
    private final List<RunningHub> nodes = new ArrayList<>();

    private NodesOnOneStore(EmbeddedMongoServer store) {
        this.store = store;
    }

    public static NodesOnOneStore start(Path directory, int count, boolean withDemoData) {
        return start(directory, count, withDemoData, List.of());
    }

    /** As {@link #start(Path, int, boolean)}, each node with these more {@code --key=value} arguments. */
    public static NodesOnOneStore start(Path directory, int count, boolean withDemoData, List<String> moreArguments) {
        NodesOnOneStore cluster = new NodesOnOneStore(EmbeddedMongoServer.start(
                EmbeddedMongoSettings.of(directory.resolve("store")).withPort(0).withDurability(Durability.NO_SYNC)));
        String database = RunningHub.freshDatabaseName();
        try {
            for (int node = 0; node < count; node++) {
                List<String> arguments = new ArrayList<>(List.of(
                        "--entente.mongodb.uri=" + cluster.store.connectionString(), "--entente.mongodb.database=" + database,
                        "--entente.sessions.kept-in=store", "--entente.demo.enabled=" + (withDemoData && node == 0)));
                arguments.addAll(moreArguments);
                cluster.nodes.add(RunningHub.start(directory.resolve("node-" + node), database, context -> { }, arguments));
            }
        } catch (RuntimeException failed) {
            cluster.close();
            throw failed;
        }
        return cluster;
    }

    public RunningHub node(int index) {
        return nodes.get(index);
    }

    /** Stops a node as an operator would (its context closes); the others go on. */
    public void stop(int index) {
        RunningHub node = nodes.set(index, null);
        if (node != null) {
            node.close();
        }
    }

    @Override
    public void close() {
        for (int index = nodes.size() - 1; index >= 0; index--) {
            stop(index);
        }
        store.close();
    }
}
