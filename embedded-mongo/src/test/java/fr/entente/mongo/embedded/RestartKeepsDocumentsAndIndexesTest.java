package fr.entente.mongo.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

class RestartKeepsDocumentsAndIndexesTest {

    @TempDir
    Path dataDirectory;

    @Test
    void restartOnTheSameDirectoryKeepsDocumentsAndIndexes() {
        EmbeddedMongoSettings settings = new EmbeddedMongoSettings(dataDirectory.resolve("data"), null, 0);
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(settings);
             MongoClient client = MongoClients.create(server.connectionString())) {
            assertThat(server.address()).startsWith("mongodb://127.0.0.1:");
            assertThat(server.dataDirectory()).isEqualTo(settings.dataDirectory().toAbsolutePath());
            MongoCollection<Document> events = client.getDatabase("entente").getCollection("events");
            events.createIndex(Indexes.ascending("aggregateId", "sequence"), new IndexOptions().unique(true));
            events.createIndex(Indexes.ascending("type"));
            List<Document> documents = new ArrayList<>();
            for (long i = 0; i < 500; i++) {
                documents.add(new Document("_id", i).append("aggregateId", "a" + (i % 10)).append("sequence", i / 10)
                    .append("type", "t" + (i % 7)));
            }
            events.insertMany(documents);
            events.updateOne(Filters.eq("_id", 3L), new Document("$set", new Document("type", "changed")));
            events.deleteOne(Filters.eq("_id", 4L));
        }

        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(settings);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> events = client.getDatabase("entente").getCollection("events");
            assertThat(events.countDocuments()).isEqualTo(499);
            Set<String> indexNames = events.listIndexes().into(new ArrayList<>()).stream()
                .map(index -> index.getString("name")).collect(Collectors.toSet());
            assertThat(indexNames).containsExactlyInAnyOrder("_id_", "aggregateId_1_sequence_1", "type_1");

            // the indexes came back with their entries: they answer without a collection scan
            long before = server.documentsExamined("entente", "events");
            assertThat(events.find(Filters.eq("type", "changed")).into(new ArrayList<>()))
                .extracting(d -> d.get("_id")).containsExactly(3L);
            assertThat(events.find(Filters.eq("type", "t3")).into(new ArrayList<>())).hasSize(70);
            assertThat(server.lastPlan("entente", "events")).startsWith("type_1");
            assertThat(events.find(Filters.and(Filters.eq("aggregateId", "a4"), Filters.gte("sequence", 45L)))
                .into(new ArrayList<>())).extracting(d -> d.get("_id")).containsExactly(454L, 464L, 474L, 484L, 494L);
            assertThat(events.find(Filters.eq("_id", 4L)).first()).isNull();
            assertThat(server.documentsExamined("entente", "events") - before).isEqualTo(1 + 70 + 5);

            // and still enforce uniqueness
            assertThatThrownBy(() -> events.insertOne(new Document("aggregateId", "a1").append("sequence", 2L)))
                .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
        }
    }

    @Test
    void droppedAndRenamedCollectionsAndIndexesStaySoAfterRestart() {
        EmbeddedMongoSettings settings = new EmbeddedMongoSettings(dataDirectory, null, 0);
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(settings);
             MongoClient client = MongoClients.create(server.connectionString())) {
            var db = client.getDatabase("entente");
            MongoCollection<Document> a = db.getCollection("a");
            a.createIndex(Indexes.ascending("x"));
            a.createIndex(Indexes.ascending("y"));
            a.insertMany(List.of(new Document("x", 1).append("y", 1), new Document("x", 2).append("y", 2)));
            a.dropIndex("y_1");
            db.getCollection("b").insertOne(new Document("x", 9));
            db.getCollection("b").drop();
            db.getCollection("b").insertOne(new Document("x", 10));
            a.renameCollection(new com.mongodb.MongoNamespace("entente", "renamed"));
            client.getDatabase("gone").getCollection("c").insertOne(new Document("x", 1));
            client.getDatabase("gone").drop();
        }
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(settings);
             MongoClient client = MongoClients.create(server.connectionString())) {
            var db = client.getDatabase("entente");
            assertThat(db.listCollectionNames().into(new ArrayList<>())).containsExactlyInAnyOrder("b", "renamed");
            MongoCollection<Document> renamed = db.getCollection("renamed");
            assertThat(renamed.listIndexes().into(new ArrayList<>())).extracting(i -> i.getString("name"))
                .containsExactlyInAnyOrder("_id_", "x_1");
            assertThat(renamed.find(Filters.eq("x", 2)).into(new ArrayList<>())).hasSize(1);
            assertThat(server.lastPlan("entente", "renamed")).startsWith("x_1");
            assertThat(db.getCollection("b").find().into(new ArrayList<>())).extracting(d -> d.get("x")).containsExactly(10);
            assertThat(client.listDatabaseNames().into(new ArrayList<>())).doesNotContain("gone");
        }
    }
}
