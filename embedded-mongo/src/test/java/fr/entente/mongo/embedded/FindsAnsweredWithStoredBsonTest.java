package fr.entente.mongo.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;

/**
 * A find that an index or an {@code _id} range answers exactly is answered with the documents' stored BSON
 * ({@link PassThroughFind}); every find gives the same documents as mongo-java-server's way (decode, match, encode),
 * which a find with a comment still takes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FindsAnsweredWithStoredBsonTest {

    private static final String STORED_BSON = ", stored BSON";

    @TempDir
    static Path dataDirectory;

    private EmbeddedMongoServer server;
    private MongoClient client;
    private MongoCollection<Document> events;

    @BeforeAll
    void insertDocuments() {
        server = EmbeddedMongoServer.start(new EmbeddedMongoSettings(dataDirectory, null, 0, Durability.NO_SYNC));
        client = MongoClients.create(server.connectionString());
        events = client.getDatabase("store").getCollection("events");
        events.createIndex(Indexes.ascending("key"), new IndexOptions().unique(true));
        List<Document> documents = new ArrayList<>();
        for (long id = 1; id <= 500; id++) {
            documents.add(new Document("_id", id).append("key", "a#" + id).append("n", (int) id)
                .append("at", Instant.ofEpochMilli(1_700_000_000_000L + id)).append("payload",
                    new Document("text", "é€ " + id).append("list", List.of(1, "two", new Document("x", id)))));
        }
        events.insertMany(documents);
        // positions of other types around the numbers
        events.insertOne(new Document("_id", "text-id").append("key", "t"));
        events.insertOne(new Document("_id", 1000).append("key", "int"));
    }

    @AfterAll
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void rangesOfIdAreReadFromTheData() {
        assertPassedThrough(Filters.and(Filters.gte("_id", 10L), Filters.lte("_id", 20L)), find -> find.batchSize(11), 11);
        assertPassedThrough(Filters.and(Filters.gt("_id", 10), Filters.lt("_id", 20)), find -> find, 9);
        assertPassedThrough(new org.bson.Document("_id", new Document("$gte", 495).append("$lte", 2000L)),
            find -> find, 7);
        assertPassedThrough(Filters.and(Filters.gte("_id", 600L), Filters.lte("_id", 700L)), find -> find, 0);
        assertPassedThrough(Filters.and(Filters.gte("_id", 1L), Filters.lte("_id", 500L)),
            find -> find.batchSize(1000), 500);
        assertPassedThrough(Filters.and(Filters.gte("_id", 1L), Filters.lte("_id", 500L)), find -> find.limit(5), 5);
    }

    @Test
    void exactIndexLookUpsAreReadFromTheData() {
        assertPassedThrough(Filters.in("key", List.of("a#3", "a#1", "a#2", "none", "t")), find -> find, 4);
        assertPassedThrough(Filters.eq("key", "a#42"), find -> find, 1);
        assertPassedThrough(Filters.eq("_id", "text-id"), find -> find, 1);
        Document first = events.find(Filters.eq("_id", 7L)).first();
        assertThat(server.lastPlan("store", "events")).endsWith(STORED_BSON);
        assertThat(first).isEqualTo(decoded(Filters.eq("_id", 7L), f -> f).get(0));
    }

    @Test
    void otherFindsTakeTheUsualWayWithTheSameAnswers() {
        // more than a first batch without a batch size: a cursor is needed
        assertSameAnswers(Filters.and(Filters.gte("_id", 1L), Filters.lte("_id", 500L)), find -> find, 500);
        // more than the batch size asked for
        assertSameAnswers(Filters.in("key", List.of("a#1", "a#2", "a#3")), find -> find.batchSize(2), 3);
        assertSameAnswers(Filters.eq("key", "a#5"), find -> find.projection(Projections.include("n")), 1);
        assertSameAnswers(Filters.and(Filters.gte("_id", 5L), Filters.lte("_id", 9L), Filters.eq("n", 7)), f -> f, 1);
        // one bound only; the int _id 1000 too
        assertSameAnswers(Filters.gte("_id", 495L), find -> find, 7);
        assertSameAnswers(Filters.and(Filters.gte("_id", 5.5), Filters.lte("_id", 9L)), find -> find, 4);
        assertThat(server.lastPlan("store", "events")).doesNotEndWith(STORED_BSON);
    }

    @Test
    void aRangeOfTheLastFieldOfACompoundIndexAfterEqualitiesIsReadFromTheData() {
        events.createIndex(Indexes.ascending("stream", "seq"), new IndexOptions().name("stream_seq"));
        List<Document> streams = new ArrayList<>();
        for (long seq = 0; seq < 30; seq++) {
            for (String stream : List.of("s1", "s2")) {
                streams.add(new Document("_id", stream + "-" + seq).append("key", stream + "#" + seq).append("stream", stream)
                    .append("seq", seq));
            }
        }
        streams.add(new Document("_id", "s1-text").append("key", "s1#text").append("stream", "s1").append("seq", "7"));
        events.insertMany(streams);
        try {
            assertPassedThrough(new Document("stream", "s1").append("seq", new Document("$gte", 5L).append("$lte", 14L)),
                find -> find.batchSize(10), 10);
            assertPassedThrough(new Document("stream", "s2").append("seq", new Document("$gte", 25)), find -> find, 5);
            assertPassedThrough(new Document("stream", "s3").append("seq", new Document("$gte", 0L).append("$lte", 9L)),
                find -> find, 0);
            // an exclusive bound, a bound that is not a whole number, a second equality: the usual way
            assertSameAnswers(new Document("stream", "s1").append("seq", new Document("$gt", 5L)), find -> find, 24);
            assertSameAnswers(new Document("stream", "s1").append("seq", new Document("$gte", 5.5)), find -> find, 24);
            assertSameAnswers(new Document("stream", new Document("$in", List.of("s1", "s2")))
                .append("seq", new Document("$gte", 28L)), find -> find, 4);
        } finally {
            events.deleteMany(Filters.exists("stream"));
            events.dropIndex("stream_seq");
        }
    }

    @Test
    void aFractionalIdInTheRangeLeavesTheRangeToTheMatcher() {
        events.insertOne(new Document("_id", 650.5).append("key", "fraction"));
        try {
            assertSameAnswers(Filters.and(Filters.gte("_id", 600L), Filters.lte("_id", 700L)), find -> find, 1);
            assertThat(server.lastPlan("store", "events")).doesNotEndWith(STORED_BSON);
        } finally {
            events.deleteOne(Filters.eq("_id", 650.5));
        }
    }

    private void assertPassedThrough(Bson filter, Function<FindIterable<Document>, FindIterable<Document>> options,
                                     int expected) {
        List<Document> passed = options.apply(events.find(filter)).into(new ArrayList<>());
        assertThat(server.lastPlan("store", "events")).as("plan of %s", filter).endsWith(STORED_BSON);
        assertThat(passed).hasSize(expected).containsExactlyInAnyOrderElementsOf(decoded(filter, options));
    }

    private void assertSameAnswers(Bson filter, Function<FindIterable<Document>, FindIterable<Document>> options,
                                   int expected) {
        List<Document> found = options.apply(events.find(filter)).into(new ArrayList<>());
        assertThat(server.lastPlan("store", "events")).as("plan of %s", filter).doesNotEndWith(STORED_BSON);
        assertThat(found).hasSize(expected).containsExactlyInAnyOrderElementsOf(decoded(filter, options));
    }

    /** The same find, with a comment, which leaves it to mongo-java-server's way. */
    private List<Document> decoded(Bson filter, Function<FindIterable<Document>, FindIterable<Document>> options) {
        List<Document> found = options.apply(events.find(filter).comment("the usual way")).into(new ArrayList<>());
        assertThat(server.lastPlan("store", "events")).doesNotEndWith(STORED_BSON);
        return found;
    }
}
