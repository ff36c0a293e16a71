package fr.entente.mongo.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;

/**
 * A second document with an {@code _id} already stored is refused as MongoDB refuses it: a duplicate-key write error
 * (E11000) that drivers recognise, and, in an unordered insert, only that document (it was an "Unknown error" that
 * failed the whole command).
 */
class SecondDocumentWithTheSameIdIsADuplicateKeyTest {

    @TempDir
    Path dataDirectory;

    @Test
    void refusesASecondDocumentWithTheSameIdAsADuplicateKey() {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(EmbeddedMongoSettings.of(dataDirectory).withPort(0));
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> items = client.getDatabase("test").getCollection("items");
            items.insertOne(new Document("_id", 2L).append("v", "first"));

            assertThatThrownBy(() -> items.insertOne(new Document("_id", 2L).append("v", "second")))
                .isInstanceOfSatisfying(MongoWriteException.class,
                    e -> assertThat(ErrorCategory.fromErrorCode(e.getError().getCode()))
                        .isEqualTo(ErrorCategory.DUPLICATE_KEY));
            assertThatThrownBy(() -> items.insertMany(List.of(new Document("_id", 1L), new Document("_id", 2L),
                new Document("_id", 3L)), new InsertManyOptions().ordered(false)))
                .isInstanceOfSatisfying(MongoBulkWriteException.class,
                    e -> assertThat(e.getWriteErrors()).singleElement()
                        .satisfies(error -> assertThat(error.getIndex()).isEqualTo(1)));

            assertThat(items.countDocuments()).isEqualTo(3);
            assertThat(items.find(new Document("_id", 2L)).first().getString("v")).isEqualTo("first");
        }
    }
}
