package fr.entente.infra.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import fr.entente.mongo.embedded.EmbeddedMongoServer;
import fr.entente.mongo.embedded.EmbeddedMongoSettings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The child JVM of {@link KillNineTest}: appends events through the engine from {@code writers} threads, on the
 * embedded server, and prints {@code ACK <eventIdentifier>} once each append has returned, until it is killed.
 * Arguments: data directory, round, writers.
 */
public final class AppendingChild {

    public static void main(String[] args) throws Exception {
        Path dataDirectory = Path.of(args[0]);
        String round = args[1];
        int writers = Integer.parseInt(args[2]);
        EmbeddedMongoServer server = EmbeddedMongoServer.start(new EmbeddedMongoSettings(dataDirectory, "127.0.0.1", 0));
        MongoClient client = MongoClients.create(server.connectionString());
        MongoEventStorageEngine engine = EngineFixture.soleWriterEngine(client.getDatabase("entente"));
        System.out.println("READY");
        System.out.flush();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            String aggregate = "round-" + round + "-writer-" + w;
            Thread thread = new Thread(() -> {
                for (long sequence = 0; ; sequence++) {
                    var event = EngineFixture.event(aggregate, sequence);
                    engine.appendEvents(event);
                    synchronized (System.out) {
                        System.out.println("ACK " + event.getIdentifier());
                        System.out.flush();
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }
}
