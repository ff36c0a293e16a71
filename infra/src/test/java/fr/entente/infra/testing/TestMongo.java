package fr.entente.infra.testing;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

import java.util.UUID;

/**
 * The store the tests run on: the MongoDB of {@code MONGODB_URI} when it is set, otherwise an embedded
 * MongoDB-wire server. Each call of {@link #freshDatabase()} gives a database of its own.
 */
public final class TestMongo implements AutoCloseable {

    private final MongoServer server;
    private final MongoClient client;

    private TestMongo(MongoServer server, MongoClient client) {
        this.server = server;
        this.client = client;
    }

    public static TestMongo start() {
        String uri = System.getenv("MONGODB_URI");
        if (uri != null && !uri.isBlank()) {
            return new TestMongo(null, MongoClients.create(MongoClientSettings.builder()
                    .applyConnectionString(new ConnectionString(uri))
                    .writeConcern(WriteConcern.MAJORITY.withJournal(true))
                    .build()));
        }
        MongoServer server = new MongoServer(H2Backend.inMemory());
        server.bind("127.0.0.1", 0);
        return new TestMongo(server, MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort()));
    }

    public MongoDatabase freshDatabase() {
        return client.getDatabase("entente_test_" + UUID.randomUUID().toString().substring(0, 8));
    }

    public MongoClient client() {
        return client;
    }

    @Override
    public void close() {
        client.close();
        if (server != null) {
            server.shutdownNow();
        }
    }
}
