package fr.entente.testing;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import fr.entente.mongo.embedded.EmbeddedMongoServer;
import fr.entente.mongo.embedded.EmbeddedMongoSettings;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The store the tests run on: the MongoDB of {@code MONGODB_URI} when it is set, otherwise the hub's embedded
 * MongoDB-wire server on a temporary data directory. Each call of {@link #freshDatabase()} gives a database of its own.
 * <p>
 * A test class registers one for all its tests: {@code @RegisterExtension static final TestMongo.PerClass mongo =
 * new TestMongo.PerClass();}.
 */
public final class TestMongo implements AutoCloseable {

    /** Starts the store before a test class's first test and stops it after its last. */
    public static final class PerClass implements BeforeAllCallback, AfterAllCallback {

        private TestMongo mongo;

        @Override
        public void beforeAll(ExtensionContext context) {
            mongo = TestMongo.start();
        }

        @Override
        public void afterAll(ExtensionContext context) {
            mongo.close();
        }

        public MongoDatabase freshDatabase() {
            return mongo.freshDatabase();
        }
    }

    private final EmbeddedMongoServer server;
    private final Path dataDirectory;
    private final MongoClient client;

    private TestMongo(EmbeddedMongoServer server, Path dataDirectory, MongoClient client) {
        this.server = server;
        this.dataDirectory = dataDirectory;
        this.client = client;
    }

    public static TestMongo start() {
        String uri = System.getenv("MONGODB_URI");
        if (uri != null && !uri.isBlank()) {
            return new TestMongo(null, null, MongoClients.create(MongoClientSettings.builder()
                    .applyConnectionString(new ConnectionString(uri))
                    .writeConcern(WriteConcern.MAJORITY.withJournal(true))
                    .build()));
        }
        try {
            Path dataDirectory = Files.createTempDirectory("entente-test-store");
            EmbeddedMongoServer server = EmbeddedMongoServer.start(EmbeddedMongoSettings.of(dataDirectory).withPort(0));
            return new TestMongo(server, dataDirectory, MongoClients.create(server.connectionString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
            server.close();
            try (Stream<Path> files = Files.walk(dataDirectory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
