package fr.entente.cooperation.query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/** A real MongoDB-wire server in this JVM (mongo-java-server, memory backend), reached through the real driver. */
final class InMemoryMongo implements AutoCloseable {

    private final MongoServer server;
    private final MongoClient client;

    private InMemoryMongo() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
    }

    static InMemoryMongo start() {
        return new InMemoryMongo();
    }

    /** The test database, emptied. */
    MongoDatabase emptyDatabase() {
        MongoDatabase database = client.getDatabase("entente");
        database.drop();
        return database;
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
