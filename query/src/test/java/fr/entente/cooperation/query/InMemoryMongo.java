package fr.entente.cooperation.query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real MongoDB-wire server in this JVM (mongo-java-server, memory backend), reached through the real driver; started
 * before a test class's first test and stopped after its last: {@code @RegisterExtension static final InMemoryMongo
 * mongo = new InMemoryMongo();}.
 */
public final class InMemoryMongo implements BeforeAllCallback, AfterAllCallback {

    private MongoServer server;
    private MongoClient client;

    @Override
    public void beforeAll(ExtensionContext context) {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
    }

    /** The test database, emptied. */
    public MongoDatabase emptyDatabase() {
        MongoDatabase database = client.getDatabase("entente");
        database.drop();
        return database;
    }

    @Override
    public void afterAll(ExtensionContext context) {
        client.close();
        server.shutdownNow();
    }
}
