package fr.entente.mongo.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoCredential;
import com.mongodb.MongoSecurityException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;

/**
 * The embedded server requires SCRAM-SHA-256 authentication, as a MongoDB with access control does: without
 * credentials only the handshake answers (hello, ping); reads and writes are refused (13, Unauthorized); a wrong
 * password or user, or another mechanism, is refused; the credentials the server generated work, given in the
 * connection string or as a {@link MongoCredential} (the driver then negotiates the mechanism).
 */
class AuthenticationIsRequiredTest {

    @TempDir
    static Path dataDirectory;
    static EmbeddedMongoServer server;

    @BeforeAll
    static void start() {
        server = EmbeddedMongoServer.start(EmbeddedMongoSettings.of(dataDirectory).withPort(0));
        try (MongoClient client = MongoClients.create(server.connectionString())) {
            client.getDatabase("entente").getCollection("people").insertOne(new Document("_id", "admin.hdf")
                .append("passwordHash", "$2a$10$secret"));
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void refusesReadsAndWritesWithoutCredentialsButAnswersTheHandshake() {
        try (MongoClient anonymous = client(server.address(), null)) {
            assertThat(anonymous.getDatabase("admin").runCommand(new Document("ping", 1)).get("ok"))
                .isEqualTo(1.0);
            assertThat(anonymous.getDatabase("admin").runCommand(new Document("hello", 1)).getBoolean("isWritablePrimary"))
                .isTrue();
            MongoCollection<Document> people = anonymous.getDatabase("entente").getCollection("people");

            assertUnauthorized(() -> people.find().first());
            assertUnauthorized(() -> people.insertOne(new Document("_id", "intruder")));
            assertUnauthorized(() -> people.updateOne(new Document("_id", "admin.hdf"),
                new Document("$set", new Document("passwordHash", "mine"))));
            assertUnauthorized(() -> people.deleteMany(new Document()));
            assertUnauthorized(() -> people.countDocuments());
            assertUnauthorized(() -> anonymous.listDatabaseNames().into(new ArrayList<>()));
            assertUnauthorized(() -> anonymous.getDatabase("entente").runCommand(new Document("serverStatus", 1)));
        }
        try (MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> people = client.getDatabase("entente").getCollection("people");
            assertThat(people.countDocuments()).as("nothing was written without credentials").isEqualTo(1);
            assertThat(people.find().first().getString("passwordHash")).isEqualTo("$2a$10$secret");
        }
    }

    @Test
    void refusesAWrongPassword() {
        MongoCredential wrong = MongoCredential.createScramSha256Credential(
            server.credentials().username(), "admin", "not-the-password".toCharArray());
        try (MongoClient client = client(server.address(), wrong)) {
            assertThatThrownBy(() -> client.getDatabase("entente").getCollection("people").find().first())
                .isInstanceOf(MongoSecurityException.class);
        }
    }

    @Test
    void refusesAnUnknownUserAndAnotherMechanism() {
        char[] password = server.credentials().password().toCharArray();
        try (MongoClient client = client(server.address(),
            MongoCredential.createScramSha256Credential("root", "admin", password))) {
            assertThatThrownBy(() -> client.getDatabase("entente").getCollection("people").find().first())
                .isInstanceOf(MongoSecurityException.class);
        }
        try (MongoClient client = client(server.address(),
            MongoCredential.createScramSha1Credential(server.credentials().username(), "admin", password))) {
            assertThatThrownBy(() -> client.getDatabase("entente").getCollection("people").find().first())
                .isInstanceOf(MongoSecurityException.class);
        }
    }

    @Test
    void acceptsTheGeneratedCredentialsInTheConnectionStringOrNegotiated() {
        try (MongoClient client = MongoClients.create(server.connectionString())) {
            assertThat(client.getDatabase("entente").getCollection("people").find().first()).isNotNull();
        }
        // no mechanism named: the driver asks the server which one the user has (saslSupportedMechs)
        MongoCredential credential = MongoCredential.createCredential(server.credentials().username(), "admin",
            server.credentials().password().toCharArray());
        try (MongoClient client = client(server.address(), credential)) {
            MongoCollection<Document> items = client.getDatabase("entente").getCollection("negotiated");
            items.insertOne(new Document("_id", 1));
            assertThat(items.countDocuments()).isEqualTo(1);
        }
    }

    @Test
    void keepsTheCredentialsOutOfItsAddressAndInItsDataDirectory() {
        assertThat(server.address()).doesNotContain(server.credentials().password());
        assertThat(server.connectionString()).contains(server.credentials().password())
            .contains("authSource=admin").contains("authMechanism=SCRAM-SHA-256");
        assertThat(server.credentialsFile()).isEqualTo(server.dataDirectory().resolve("credentials"))
            .content().contains("password=" + server.credentials().password());
        assertThat(server.credentials().toString()).doesNotContain(server.credentials().password());
    }

    private static void assertUnauthorized(Runnable command) {
        assertThatThrownBy(command::run).isInstanceOfSatisfying(MongoCommandException.class,
            e -> assertThat(e.getErrorCode()).isEqualTo(13));
    }

    private static MongoClient client(String address, MongoCredential credential) {
        MongoClientSettings.Builder settings = MongoClientSettings.builder()
            .applyConnectionString(new ConnectionString(address))
            .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(5, TimeUnit.SECONDS));
        if (credential != null) {
            settings.credential(credential);
        }
        return MongoClients.create(settings.build());
    }
}
