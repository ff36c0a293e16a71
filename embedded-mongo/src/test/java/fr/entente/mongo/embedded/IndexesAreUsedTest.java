package fr.entente.mongo.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;

/**
 * 100,000 documents: a query on an indexed field reads only the documents it returns (counted by the collection),
 * where the same query on an unindexed field reads them all.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndexesAreUsedTest {

    private static final int DOCUMENTS = 100_000;

    @TempDir
    static Path dataDirectory;

    private EmbeddedMongoServer server;
    private MongoClient client;
    private MongoCollection<Document> items;

    @BeforeAll
    void insertDocuments() {
        // queries are under test, not durability: syncs would only slow the writes
        server = EmbeddedMongoServer.start(new EmbeddedMongoSettings(dataDirectory, null, 0, Durability.NO_SYNC));
        client = MongoClients.create(server.connectionString());
        items = client.getDatabase("big").getCollection("items");
        items.createIndex(Indexes.ascending("group"));
        items.createIndex(Indexes.ascending("owner", "position"));
        long start = System.nanoTime();
        List<Document> batch = new ArrayList<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            // group and groupCopy hold the same value: one is indexed, the other is not
            batch.add(new Document("_id", (long) i).append("group", i % 1000).append("groupCopy", i % 1000)
                .append("owner", "owner-" + (i % 100)).append("position", i / 100).append("label", "item " + i));
            if (batch.size() == 5_000) {
                items.insertMany(batch);
                batch.clear();
            }
        }
        System.out.printf("inserted %d documents with 3 indexes in %d ms%n", DOCUMENTS,
            (System.nanoTime() - start) / 1_000_000);
    }

    @AfterAll
    void stop() {
        client.close();
        server.close();
    }

    private <T> T examined(String what, Supplier<T> query, long[] count) {
        long before = server.documentsExamined("big", "items");
        long start = System.nanoTime();
        T result = query.get();
        long micros = (System.nanoTime() - start) / 1000;
        count[0] = server.documentsExamined("big", "items") - before;
        System.out.printf("%-45s examined %6d documents in %6d µs (%s)%n", what, count[0], micros,
            server.lastPlan("big", "items"));
        return result;
    }

    @Test
    void equalityOnAnIndexedFieldReadsOnlyTheMatchingDocuments() {
        long[] indexed = new long[1];
        long[] unindexed = new long[1];
        List<Document> viaIndex = examined("group == 7 (indexed)",
            () -> items.find(Filters.eq("group", 7)).into(new ArrayList<>()), indexed);
        List<Document> viaScan = examined("groupCopy == 7 (not indexed)",
            () -> items.find(Filters.eq("groupCopy", 7)).into(new ArrayList<>()), unindexed);

        assertThat(viaIndex).hasSize(100).isEqualTo(viaScan);
        assertThat(indexed[0]).isEqualTo(100);
        assertThat(unindexed[0]).isEqualTo(DOCUMENTS);
        assertThat(server.lastPlan("big", "items")).isEqualTo("collection scan");
    }

    @Test
    void inAndRangeUseTheIndexToo() {
        long[] count = new long[1];
        List<Document> in = examined("group in (1, 2, 999)",
            () -> items.find(Filters.in("group", 1, 2, 999)).into(new ArrayList<>()), count);
        assertThat(in).hasSize(300);
        assertThat(count[0]).isEqualTo(300);

        List<Document> range = examined("10 <= group < 13",
            () -> items.find(Filters.and(Filters.gte("group", 10), Filters.lt("group", 13))).into(new ArrayList<>()), count);
        assertThat(range).hasSize(300).allSatisfy(d -> assertThat(d.getInteger("group")).isBetween(10, 12));
        // bounds are inclusive in the scan, the matcher drops group == 13
        assertThat(count[0]).isEqualTo(400);

        List<Long> ids = new ArrayList<>();
        for (long id = 0; id < DOCUMENTS; id += 40) {
            ids.add(id);
        }
        List<Document> batch = examined("_id in (2500 ids)", () -> items.find(Filters.in("_id", ids)).into(new ArrayList<>()), count);
        assertThat(batch).hasSize(2_500);
        assertThat(count[0]).isEqualTo(2_500);

        List<Document> idRange = examined("_id > 99990",
            () -> items.find(Filters.gt("_id", 99_990L)).into(new ArrayList<>()), count);
        assertThat(idRange).hasSize(9);
        assertThat(count[0]).isLessThanOrEqualTo(10);
    }

    @Test
    void equalityAndRangeOnACompoundIndex() {
        long[] count = new long[1];
        List<Document> found = examined("owner == owner-42 and 100 <= position <= 104",
            () -> items.find(Filters.and(Filters.eq("owner", "owner-42"), Filters.gte("position", 100),
                Filters.lte("position", 104))).into(new ArrayList<>()), count);
        assertThat(found).extracting(d -> d.get("_id")).containsExactly(10_042L, 10_142L, 10_242L, 10_342L, 10_442L);
        assertThat(count[0]).isEqualTo(5);
        assertThat(server.lastPlan("big", "items")).startsWith("owner_1_position_1");
    }

    @Test
    void sortAndLimitFollowTheIndexAndStopEarly() {
        long[] count = new long[1];
        List<Document> lastOfOwner = examined("owner == owner-7 sort position desc limit 3",
            () -> items.find(Filters.eq("owner", "owner-7")).sort(Sorts.descending("position")).limit(3)
                .into(new ArrayList<>()), count);
        assertThat(lastOfOwner).extracting(d -> d.get("_id")).containsExactly(99_907L, 99_807L, 99_707L);
        assertThat(count[0]).isEqualTo(3);

        List<Document> firstIds = examined("sort _id asc skip 5 limit 10",
            () -> items.find().sort(Sorts.ascending("_id")).skip(5).limit(10).into(new ArrayList<>()), count);
        assertThat(firstIds).extracting(d -> d.get("_id")).containsExactly(5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L);
        assertThat(count[0]).isEqualTo(15);

        List<Document> afterToken = examined("_id > 5000 sort _id limit 4",
            () -> items.find(Filters.gt("_id", 5_000L)).sort(Sorts.ascending("_id")).limit(4).into(new ArrayList<>()), count);
        assertThat(afterToken).extracting(d -> d.get("_id")).containsExactly(5_001L, 5_002L, 5_003L, 5_004L);
        assertThat(count[0]).isLessThanOrEqualTo(5);

        // a sort the index cannot give: correct, all matches read and sorted in memory
        List<Document> byLabel = examined("group == 3 sort label desc limit 2",
            () -> items.find(Filters.eq("group", 3)).sort(Sorts.descending("label")).limit(2).into(new ArrayList<>()), count);
        assertThat(byLabel).extracting(d -> d.getString("label")).containsExactly("item 99003", "item 98003");
        assertThat(count[0]).isEqualTo(100);
    }

    @Test
    void countDocumentsUsesTheIndexThroughTheAggregationsLeadingMatch() {
        long[] count = new long[1];
        // the driver runs countDocuments as an aggregation: [{$match: filter}, {$group: ...}]
        long n = examined("countDocuments(group == 5)", () -> items.countDocuments(Filters.eq("group", 5)), count);
        assertThat(n).isEqualTo(100);
        assertThat(count[0]).isEqualTo(100);
        long all = examined("countDocuments(groupCopy == 5)", () -> items.countDocuments(Filters.eq("groupCopy", 5)), count);
        assertThat(all).isEqualTo(100);
        assertThat(count[0]).isEqualTo(DOCUMENTS);
    }
}
