package fr.entente.live.query;

import fr.entente.testing.TestMongo;

import fr.entente.common.query.LogPosition;
import com.mongodb.client.MongoDatabase;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class LiveUpdateJournalTest {

    private static final String TOPIC = LiveTopics.body("hauts-de-france", "gt");

    @RegisterExtension
    static final TestMongo.PerClass mongo = new TestMongo.PerClass();

    private SimpleQueryBus queryBus;
    private LiveUpdateJournal journal;
    private final List<Object> announced = new ArrayList<>();

    @BeforeEach
    void start() {
        MongoDatabase database = mongo.freshDatabase();
        queryBus = SimpleQueryBus.builder().build();
        journal = new LiveUpdateJournal(database, queryBus.queryUpdateEmitter(), JacksonSerializer.defaultSerializer(),
                                        announced::add);
        new AnnotationQueryHandlerAdapter<>(journal).subscribe(queryBus);
    }

    @Test
    void givesAReturningClientOneUpdateWithTheLatestStateAfterItsLastPosition() {
        journal.publishState(TOPIC, LogPosition.of(3), "body", Map.of("members", 1));
        journal.publishState(TOPIC, LogPosition.of(7), "body", Map.of("members", 2));
        journal.publishState(LiveTopics.body("bretagne", "gt"), LogPosition.of(8), "body", Map.of("members", 9));
        journal.publishState(TOPIC, LogPosition.of(9), "body", Map.of("members", 3));

        assertThat(journal.handle(new WatchTopicQuery(TOPIC, 3))).extracting(LiveUpdate::position, LiveUpdate::json)
                                                                 .containsExactly(tuple(9L, "{\"members\":3}"));
        assertThat(journal.handle(new WatchTopicQuery(TOPIC, 9))).isEmpty();
    }

    @Test
    void givesAReturningClientEveryPartThatChangedWhileItWasAwayInOneUpdate() {
        String meeting = LiveTopics.meeting("hauts-de-france", "gt-juin");
        journal.publishChanges(meeting, LogPosition.of(4), "meeting", List.of("agenda"));
        journal.publishChanges(meeting, LogPosition.of(5), "meeting", List.of("notes"));
        journal.publishChanges(meeting, LogPosition.of(6), "meeting", List.of("agenda", "requests"));

        assertThat(journal.handle(new WatchTopicQuery(meeting, 4)))
                .containsExactly(new LiveUpdate(meeting, 6, "meeting", List.of("notes", "agenda", "requests"), null));
    }

    @Test
    void staysOneSmallUpdateHoweverManyChangesAPageMissed() {
        String meeting = LiveTopics.meeting("hauts-de-france", "gt-juin");
        for (int position = 1; position <= 2_000; position++) {
            journal.publishChanges(meeting, LogPosition.of(position), "meeting", List.of("notes"));
        }

        List<LiveUpdate> missed = journal.handle(new WatchTopicQuery(meeting, 0));

        assertThat(missed).containsExactly(new LiveUpdate(meeting, 2_000, "meeting", List.of("notes"), null));
    }

    @Test
    void announcesEveryUpdateInTheProcess() {
        journal.publishState(TOPIC, LogPosition.of(3), "body", Map.of("members", 1));

        assertThat(announced).singleElement().isInstanceOf(LiveUpdate.class)
                             .extracting("topic", "position").containsExactly(TOPIC, 3L);
    }

    @Test
    void tellsAPageTheLastPositionOfItsTopic() {
        journal.publishState(TOPIC, LogPosition.of(3), "body", Map.of("members", 1));
        journal.publishState(TOPIC, LogPosition.of(12), "body", Map.of("members", 2));
        journal.publishState(TOPIC, LogPosition.of(7), "body", Map.of("members", 2));
        journal.publishState(LiveTopics.body("bretagne", "gt"), LogPosition.of(20), "body", Map.of("members", 9));

        assertThat(journal.handle(new FindTopicPositionQuery(TOPIC))).isEqualTo(12L);
        assertThat(journal.handle(new FindTopicPositionQuery(LiveTopics.person("nobody")))).isZero();
    }

    @Test
    void keepsOneEntryWhenAnEventIsHandledAgain() {
        journal.publishState(TOPIC, LogPosition.of(5), "body", Map.of("members", 1));
        journal.publishState(TOPIC, LogPosition.of(5), "body", Map.of("members", 1));

        assertThat(journal.handle(new WatchTopicQuery(TOPIC, 0))).hasSize(1);
    }

    @Test
    void sendsMissedUpdatesFirstThenNewOnesToASubscriber() {
        journal.publishState(TOPIC, LogPosition.of(1), "body", Map.of("members", 1));
        SubscriptionQueryResult<List<LiveUpdate>, LiveUpdate> subscription =
                DefaultQueryGateway.builder().queryBus(queryBus).build()
                                   .subscriptionQuery(new WatchTopicQuery(TOPIC, 0),
                                                      ResponseTypes.multipleInstancesOf(LiveUpdate.class),
                                                      ResponseTypes.instanceOf(LiveUpdate.class));
        List<LiveUpdate> live = new CopyOnWriteArrayList<>();
        subscription.updates().subscribe(live::add);
        assertThat(subscription.initialResult().block(Duration.ofSeconds(5))).extracting(LiveUpdate::position).containsExactly(1L);

        journal.publishState(TOPIC, LogPosition.of(2), "body", Map.of("members", 2));
        journal.publishState(LiveTopics.person("someone"), LogPosition.of(3), "memberships", List.of());

        assertThat(live).extracting(LiveUpdate::position).containsExactly(2L);
        subscription.close();
    }

    @Test
    void publishesNothingForAnEventThatDidNotComeFromTheLog() {
        journal.publishState(TOPIC, LogPosition.UNKNOWN, "body", Map.of());

        assertThat(journal.handle(new WatchTopicQuery(TOPIC, 0))).isEmpty();
    }

    @Test
    void forgetsUpdatesOlderThanTheRetention() throws Exception {
        journal.publishState(TOPIC, LogPosition.of(1), "body", Map.of("members", 1));
        Thread.sleep(20);
        java.time.Instant cut = java.time.Instant.now();
        Thread.sleep(20);
        journal.publishState(TOPIC, LogPosition.of(2), "body", Map.of("members", 2));

        assertThat(journal.forgetBefore(cut)).isEqualTo(1);
        assertThat(journal.handle(new WatchTopicQuery(TOPIC, 0))).extracting(LiveUpdate::position).containsExactly(2L);
    }
}
