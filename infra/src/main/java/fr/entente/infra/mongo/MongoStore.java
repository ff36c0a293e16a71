package fr.entente.infra.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.event.CommandListener;
import fr.entente.mongo.embedded.EmbeddedMongoServer;
import fr.entente.mongo.embedded.EmbeddedMongoSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The MongoDB the hub runs on: the one named by {@code MONGODB_URI}, with majority, journaled writes, or else the
 * embedded server, started here and stopped last, to which the hub connects with the credentials the server keeps in
 * its data directory (SCRAM-SHA-256).
 */
public final class MongoStore implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MongoStore.class);

    private final EmbeddedMongoServer embeddedServer;
    private final MongoClient client;
    private final MongoDatabase database;
    private final String description;

    private MongoStore(EmbeddedMongoServer embeddedServer, MongoClient client, String databaseName,
                       String description) {
        this.embeddedServer = embeddedServer;
        this.client = client;
        this.database = client.getDatabase(databaseName);
        this.description = description;
    }

    public static MongoStore open(MongoProperties properties) {
        return open(properties, List.of());
    }

    /** As {@link #open(MongoProperties)}, with listeners of every command the client sends (metrics). */
    public static MongoStore open(MongoProperties properties, List<CommandListener> listeners) {
        if (properties.usesEmbeddedServer()) {
            MongoProperties.Embedded embedded = properties.embedded();
            EmbeddedMongoServer server = EmbeddedMongoServer.start(new EmbeddedMongoSettings(
                    embedded.dataDirectory(), embedded.bindHost(), embedded.port(), embedded.durability()));
            // the connection string holds the store's password: the description names the address only
            String description = "embedded MongoDB-wire server at " + server.address()
                                 + ", data in " + server.dataDirectory().toAbsolutePath();
            return new MongoStore(server, client(server.connectionString(), listeners), properties.database(), description);
        }
        ConnectionString uri = new ConnectionString(properties.uri());
        String description = "MongoDB at " + String.join(",", uri.getHosts());
        return new MongoStore(null, client(properties.uri(), listeners), properties.database(), description);
    }

    private static MongoClient client(String connectionString, List<CommandListener> listeners) {
        return MongoClients.create(MongoClientSettings.builder()
                .commandListenerList(listeners)
                .applyConnectionString(new ConnectionString(connectionString))
                // An acknowledged write is on a majority of the replica set and in its journal.
                .writeConcern(WriteConcern.MAJORITY.withJournal(true).withWTimeout(10, TimeUnit.SECONDS))
                .applicationName("entente")
                .build());
    }

    public MongoClient client() {
        return client;
    }

    public MongoDatabase database() {
        return database;
    }

    /** Where the data lives, for the logs and the operators. */
    public String description() {
        return description;
    }

    public boolean isEmbedded() {
        return embeddedServer != null;
    }

    @Override
    public void close() {
        client.close();
        if (embeddedServer != null) {
            embeddedServer.close();
        }
        log.info("Closed {}", description);
    }
}
