package fr.entente.mongo.embedded;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.bson.Document;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;

/**
 * Run in a child JVM by the tests.
 * <ul>
 * <li>{@code write <dataDir> <round>}: starts the embedded server and writes through the driver until killed,
 * 4 threads inserting and one incrementing a counter, printing {@code ACK <id>} or {@code CNT <value>} to stdout
 * (flushed) once the driver call has returned;</li>
 * <li>{@code try-start <dataDir>}: tries to start the server and prints {@code STARTED} or
 * {@code REFUSED <message>}.</li>
 * </ul>
 */
public final class EmbeddedServerChildMain {

    private static final PrintStream out = System.out;

    private EmbeddedServerChildMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDirectory = Path.of(args[1]);
        if (args[0].equals("try-start")) {
            try (EmbeddedMongoServer server = EmbeddedMongoServer.start(new EmbeddedMongoSettings(dataDirectory, null, 0))) {
                print("STARTED");
            } catch (IllegalStateException e) {
                print("REFUSED " + e.getMessage());
            }
            return;
        }
        String round = args[2];
        EmbeddedMongoServer server = EmbeddedMongoServer.start(new EmbeddedMongoSettings(dataDirectory, null, 0));
        MongoClient client = MongoClients.create(server.connectionString());
        MongoCollection<Document> events = client.getDatabase("kill").getCollection("events");
        MongoCollection<Document> counters = client.getDatabase("kill").getCollection("counters");
        String payload = "x".repeat(200);
        AtomicBoolean failed = new AtomicBoolean();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            threads.add(new Thread(() -> {
                for (int i = 0; !failed.get(); i++) {
                    String id = round + "-" + thread + "-" + i;
                    try {
                        events.insertOne(new Document("_id", id).append("round", round).append("thread", thread)
                            .append("i", i).append("payload", payload));
                    } catch (RuntimeException e) {
                        failed.set(true);
                        print("FAIL " + e);
                        return;
                    }
                    print("ACK " + id);
                }
            }));
        }
        threads.add(new Thread(() -> {
            FindOneAndUpdateOptions options = new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER);
            while (!failed.get()) {
                Document counter = counters.findOneAndUpdate(new Document("_id", "counter"), Updates.inc("value", 1L), options);
                print("CNT " + counter.get("value"));
            }
        }));
        threads.forEach(Thread::start);
        print("READY");
        for (Thread thread : threads) {
            thread.join();
        }
    }

    private static void print(String line) {
        synchronized (out) {
            out.println(line);
            out.flush();
        }
    }
}
