package fr.entente.live.query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

class LiveUpdateJournalTest {

    private static final String TOPIC = LiveTopics.body("hauts-de-france", "gt");

    private MongoServer server;
    private MongoClient client;
    private SimpleQueryBus queryBus;
    private LiveUpdateJournal journal;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create("mongodb://" + hostAndPort(server.bind()));
        MongoDatabase database = client.getDatabase("entente");
        queryBus = SimpleQueryBus.builder().build();
        journal = new LiveUpdateJournal(database, queryBus.queryUpdateEmitter(), JacksonSerializer.defaultSerializer());
        new AnnotationQueryHandlerAdapter<>(journal).subscribe(queryBus);
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void givesAReturningClientExactlyWhatItMissedAfterItsLastPosition() {
        journal.publish(TOPIC, 3L, "body", Map.of("members", 1));
        journal.publish(TOPIC, 7L, "body", Map.of("members", 2));
        journal.publish(LiveTopics.body("bretagne", "gt"), 8L, "body", Map.of("members", 9));
        journal.publish(TOPIC, 9L, "body", Map.of("members", 3));

        assertThat(journal.handle(new WatchTopicQuery(TOPIC, 3))).extracting(LiveUpdate::position).containsExactly(7L, 9L);
        assertThat(journal.handle(new WatchTopicQuery(TOPIC, 9))).isEmpty();
        assertThat(journal.handle(new WatchTopicQuery(TOPIC, 0)).get(0).json()).isEqualTo("{\"members\":1}");
    }

    @Test
    void tellsAPageTheLastPositionOfItsTopic() {
        journal.publish(TOPIC, 3L, "body", Map.of("members", 1));
        journal.publish(TOPIC, 12L, "body", Map.of("members", 2));
        journal.publish(TOPIC, 7L, "body", Map.of("members", 2));
        journal.publish(LiveTopics.body("bretagne", "gt"), 20L, "body", Map.of("members", 9));

        assertThat(journal.handle(new FindTopicPositionQuery(TOPIC))).isEqualTo(12L);
        assertThat(journal.handle(new FindTopicPositionQuery(LiveTopics.person("nobody")))).isZero();
    }

    @Test
    void keepsOneEntryWhenAnEventIsHandledAgain() {
        journal.publish(TOPIC, 5L, "body", Map.of("members", 1));
        journal.publish(TOPIC, 5L, "body", Map.of("members", 1));

        assertThat(journal.handle(new WatchTopicQuery(TOPIC, 0))).hasSize(1);
    }

    @Test
    void sendsMissedUpdatesFirstThenNewOnesToASubscriber() {
        journal.publish(TOPIC, 1L, "body", Map.of("members", 1));
        SubscriptionQueryResult<List<LiveUpdate>, LiveUpdate> subscription =
                DefaultQueryGateway.builder().queryBus(queryBus).build()
                                   .subscriptionQuery(new WatchTopicQuery(TOPIC, 0),
                                                      ResponseTypes.multipleInstancesOf(LiveUpdate.class),
                                                      ResponseTypes.instanceOf(LiveUpdate.class));
        List<LiveUpdate> live = new CopyOnWriteArrayList<>();
        subscription.updates().subscribe(live::add);
        assertThat(subscription.initialResult().block(Duration.ofSeconds(5))).extracting(LiveUpdate::position).containsExactly(1L);

        journal.publish(TOPIC, 2L, "body", Map.of("members", 2));
        journal.publish(LiveTopics.person("someone"), 3L, "memberships", List.of());

        assertThat(live).extracting(LiveUpdate::position).containsExactly(2L);
        subscription.close();
    }

    @Test
    void publishesNothingForAnEventThatDidNotComeFromTheLog() {
        journal.publish(TOPIC, null, "body", Map.of());

        assertThat(journal.handle(new WatchTopicQuery(TOPIC, 0))).isEmpty();
    }

    @Test
    void forgetsUpdatesOlderThanTheRetention() throws Exception {
        journal.publish(TOPIC, 1L, "body", Map.of("members", 1));
        Thread.sleep(20);
        java.time.Instant cut = java.time.Instant.now();
        Thread.sleep(20);
        journal.publish(TOPIC, 2L, "body", Map.of("members", 2));

        assertThat(journal.forgetBefore(cut)).isEqualTo(1);
        assertThat(journal.handle(new WatchTopicQuery(TOPIC, 0))).extracting(LiveUpdate::position).containsExactly(2L);
    }

    private static String hostAndPort(java.net.InetSocketAddress address) {
        return address.getHostString() + ":" + address.getPort();
    }
}
