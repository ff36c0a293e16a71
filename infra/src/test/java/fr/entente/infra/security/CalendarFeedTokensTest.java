package fr.entente.infra.security;

import com.mongodb.client.MongoDatabase;
import fr.entente.testing.TestMongo;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code calendar_feed_tokens} collection on the hub's store. */
class CalendarFeedTokensTest {

    private static final String CLAIRE = "p-claire";
    private static final String MARC = "p-marc";
    private static final int THREADS = 8;

    @RegisterExtension
    static final TestMongo.PerClass mongo = new TestMongo.PerClass();

    private MongoDatabase database;
    private CalendarFeedTokens tokens;

    @BeforeEach
    void freshDatabase() {
        database = mongo.freshDatabase();
        tokens = new CalendarFeedTokens(database, new MovableClock());
    }

    @Test
    void givesEachPersonAnUnguessableUrlSafeTokenOnFirstUse() {
        String claire = tokens.tokenOf(CLAIRE);
        String marc = tokens.tokenOf(MARC);

        assertThat(claire).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(marc);
        assertThat(tokens.personOf(claire)).contains(CLAIRE);
        assertThat(tokens.personOf(marc)).contains(MARC);
    }

    @Test
    void showsThePersonTheSameTokenAgain() {
        String first = tokens.tokenOf(CLAIRE);

        assertThat(tokens.tokenOf(CLAIRE)).isEqualTo(first);
        assertThat(new CalendarFeedTokens(database, new MovableClock()).tokenOf(CLAIRE)).as("after a restart").isEqualTo(first);
        assertThat(database.getCollection(CalendarFeedTokens.COLLECTION).countDocuments()).isEqualTo(1);
    }

    @Test
    void regeneratingStopsTheOldToken() {
        String old = tokens.tokenOf(CLAIRE);

        String renewed = tokens.regenerate(CLAIRE);

        assertThat(renewed).isNotEqualTo(old);
        assertThat(tokens.personOf(old)).isEmpty();
        assertThat(tokens.personOf(renewed)).contains(CLAIRE);
        assertThat(tokens.tokenOf(CLAIRE)).isEqualTo(renewed);
    }

    @Test
    void opensNothingWithAnUnknownOrMalformedToken() {
        String claire = tokens.tokenOf(CLAIRE);
        String oneCharacterOff = (claire.charAt(0) == 'A' ? "B" : "A") + claire.substring(1);

        assertThat(tokens.personOf(oneCharacterOff)).isEmpty();
        assertThat(tokens.personOf(claire.toUpperCase())).isEmpty();
        assertThat(tokens.personOf(claire + "=")).isEmpty();
        assertThat(tokens.personOf("")).isEmpty();
        assertThat(tokens.personOf(null)).isEmpty();
    }

    @Test
    void forgettingAPersonClosesTheirFeed() {
        String claire = tokens.tokenOf(CLAIRE);

        tokens.forget(CLAIRE);

        assertThat(tokens.personOf(claire)).isEmpty();
        assertThat(tokens.tokenOf(CLAIRE)).as("a new token if asked again").isNotEqualTo(claire);
    }

    @Test
    void storesTheTokenUnderAUniqueIndex() {
        tokens.tokenOf(CLAIRE);

        List<Document> indexes = database.getCollection(CalendarFeedTokens.COLLECTION).listIndexes().into(new ArrayList<>());
        assertThat(indexes).anySatisfy(index -> {
            assertThat(index.get("key", Document.class)).containsOnlyKeys("token");
            assertThat(index.getBoolean("unique")).isTrue();
        });
    }

    @Test
    void concurrentFirstCallsAgreeOnOneToken() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                Callable<String> firstUse = () -> {
                    start.await();
                    return tokens.tokenOf(CLAIRE);
                };
                results.add(pool.submit(firstUse));
            }
            start.countDown();

            Set<String> seen = results.stream().map(CalendarFeedTokensTest::get).collect(Collectors.toSet());
            assertThat(seen).hasSize(1);
            assertThat(tokens.personOf(seen.iterator().next())).contains(CLAIRE);
        } finally {
            pool.shutdownNow();
        }
    }

    private static String get(Future<String> result) {
        try {
            return result.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
