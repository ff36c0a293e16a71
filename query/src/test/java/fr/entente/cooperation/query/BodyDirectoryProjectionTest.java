package fr.entente.cooperation.query;

import fr.entente.testing.TestMongo;

import com.mongodb.client.MongoDatabase;
import fr.entente.cooperation.api.BodyKind;
import fr.entente.cooperation.api.BodyMemberRemovedEvent;
import fr.entente.cooperation.api.BodyRole;
import fr.entente.cooperation.api.PersonRemovedEvent;
import fr.entente.cooperation.api.ReportingLineDrawnEvent;
import fr.entente.cooperation.api.ReportingLineErasedEvent;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static fr.entente.cooperation.query.TwoCooperations.BRETAGNE;
import static fr.entente.cooperation.query.TwoCooperations.BRETON;
import static fr.entente.cooperation.query.TwoCooperations.CNFPT;
import static fr.entente.cooperation.query.TwoCooperations.CODIR;
import static fr.entente.cooperation.query.TwoCooperations.COPIL;
import static fr.entente.cooperation.query.TwoCooperations.DELEGATE;
import static fr.entente.cooperation.query.TwoCooperations.DIRECTOR;
import static fr.entente.cooperation.query.TwoCooperations.HDF;
import static fr.entente.cooperation.query.TwoCooperations.HDF_COPIL_NAME;
import static fr.entente.cooperation.query.TwoCooperations.LOG;
import static fr.entente.cooperation.query.TwoCooperations.OFFICER;
import static fr.entente.cooperation.query.TwoCooperations.WORKING_GROUP;
import static fr.entente.cooperation.query.TwoCooperations.logThen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.axonframework.messaging.responsetypes.ResponseTypes.multipleInstancesOf;
import static org.axonframework.messaging.responsetypes.ResponseTypes.optionalInstanceOf;

/** The bodies read model against a real MongoDB-wire server (mongo-java-server, in memory), without Spring. */
class BodyDirectoryProjectionTest {

    @RegisterExtension
    static final TestMongo.PerClass mongo = new TestMongo.PerClass();

    private MongoDatabase database;
    private LiveJournals live;
    private BodyDirectoryProjection projection;
    private EventFeed events;

    @BeforeEach
    void emptyDatabase() {
        database = mongo.freshDatabase();
        live = LiveJournals.on(database);
        projection = new BodyDirectoryProjection(database, live.journal());
        events = EventFeed.to(projection);
    }

    @Test
    void keepsOneDocumentPerBodyWithItsPartnersAndMembers() {
        events.feed(LOG);

        assertThat(database.getCollection(BodyDirectoryProjection.COLLECTION)
                           .find(new Document("_id", new Document("cooperationId", HDF).append("bodyId", COPIL))).first())
                .isEqualTo(new Document("_id", new Document("cooperationId", HDF).append("bodyId", COPIL))
                        .append("cooperationId", HDF)
                        .append("bodyId", COPIL)
                        .append("kind", "STEERING_COMMITTEE")
                        .append("name", HDF_COPIL_NAME)
                        .append("partners", List.of(CNFPT))
                        .append("members", List.of(
                                new Document("personId", OFFICER).append("organisationId", "cdg-59").append("role", "CONVENOR"),
                                new Document("personId", DELEGATE).append("organisationId", CNFPT).append("role", "MEMBER"))));
    }

    @Test
    void findsBodyWithItsMembersInTheOrderTheyWereSeatedAndTheirCurrentRole() {
        events.feed(LOG);

        assertThat(projection.handle(new FindBodyQuery(HDF, CODIR))).contains(new BodyView(
                HDF, CODIR, BodyKind.TECHNICAL_COMMITTEE, null, List.of(),
                List.of(new BodyMemberView(OFFICER, "cdg-59", BodyRole.OFFICER),
                        new BodyMemberView(DIRECTOR, "cdg-02", BodyRole.CONVENOR)), List.of()));
    }

    @Test
    void memberWhoLeavesIsNoLongerListed() {
        events.feed(logThen(new BodyMemberRemovedEvent(HDF, CODIR, DIRECTOR)));

        assertThat(projection.handle(new FindBodyQuery(HDF, CODIR)).orElseThrow().members())
                .extracting(BodyMemberView::personId).containsExactly(OFFICER);
    }

    @Test
    void listsTheBodiesOfOneCooperationByKind() {
        events.feed(LOG);

        assertThat(projection.handle(new FindBodiesQuery(HDF)))
                .extracting(BodyView::cooperationId, BodyView::bodyId, BodyView::kind)
                .containsExactly(tuple(HDF, COPIL, BodyKind.STEERING_COMMITTEE),
                                 tuple(HDF, CODIR, BodyKind.TECHNICAL_COMMITTEE),
                                 tuple(HDF, WORKING_GROUP, BodyKind.WORKING_GROUP));
        assertThat(projection.handle(new FindBodiesQuery(BRETAGNE))).extracting(BodyView::bodyId).containsExactly(COPIL);
        assertThat(projection.handle(new FindBodiesQuery("normandie"))).isEmpty();
    }

    @Test
    void keepsTwoCooperationsBodiesApartUnderTheSameIdentifier() {
        events.feed(LOG);

        BodyView hautsDeFrance = projection.handle(new FindBodyQuery(HDF, COPIL)).orElseThrow();
        BodyView bretagne = projection.handle(new FindBodyQuery(BRETAGNE, COPIL)).orElseThrow();

        assertThat(hautsDeFrance.name()).isEqualTo(HDF_COPIL_NAME);
        assertThat(hautsDeFrance.members()).extracting(BodyMemberView::personId).containsExactly(OFFICER, DELEGATE);
        assertThat(bretagne.name()).isEqualTo("Conférence des président·e·s");
        assertThat(bretagne.partners()).isEmpty();
        assertThat(bretagne.members()).containsExactly(new BodyMemberView(BRETON, "cdg-35", BodyRole.CONVENOR));
    }

    @Test
    void findsNoBodyOfAnotherCooperation() {
        events.feed(LOG);

        assertThat(projection.handle(new FindBodyQuery(BRETAGNE, CODIR))).isEmpty();
        assertThat(projection.handle(new FindBodyQuery(HDF, "unknown"))).isEmpty();
    }

    @Test
    void redeliveredEventsLeaveTheSameBodies() {
        List<Object> log = logThen(new BodyMemberRemovedEvent(HDF, CODIR, DIRECTOR), new PersonRemovedEvent(HDF, DIRECTOR));
        events.feed(log);
        List<Document> once = storedDocuments();

        events.feed(log);
        events.feed(log.subList(log.size() - 6, log.size()));

        assertThat(storedDocuments()).isEqualTo(once);
    }

    @Test
    void resetEmptiesTheBodies() {
        events.feed(LOG);

        assertThat(events.supportsReset()).isTrue();
        events.reset();

        assertThat(storedDocuments()).isEmpty();
        assertThat(projection.handle(new FindBodiesQuery(HDF))).isEmpty();
    }

    @Test
    void answersThroughAxonQueryBus() {
        events.feed(LOG);
        SimpleQueryBus queryBus = SimpleQueryBus.builder().build();
        new AnnotationQueryHandlerAdapter<>(projection).subscribe(queryBus);
        QueryGateway queries = DefaultQueryGateway.builder().queryBus(queryBus).build();

        Optional<BodyView> copil = queries.query(new FindBodyQuery(HDF, COPIL), optionalInstanceOf(BodyView.class)).join();
        Optional<BodyView> elsewhere = queries.query(new FindBodyQuery(BRETAGNE, CODIR), optionalInstanceOf(BodyView.class)).join();
        List<BodyView> bodies = queries.query(new FindBodiesQuery(BRETAGNE), multipleInstancesOf(BodyView.class)).join();

        assertThat(copil).map(BodyView::partners).contains(List.of(CNFPT));
        assertThat(elsewhere).isEmpty();
        assertThat(bodies).extracting(BodyView::cooperationId).containsExactly(BRETAGNE);
    }

    @Test
    void knowsWhichBodiesReportToWhichAndForgetsALineErased() {
        events.feed(logThen(new ReportingLineDrawnEvent(HDF, WORKING_GROUP, CODIR),
                            new ReportingLineDrawnEvent(HDF, WORKING_GROUP, COPIL),
                            new ReportingLineDrawnEvent(HDF, CODIR, COPIL)));

        assertThat(projection.handle(new FindBodyQuery(HDF, WORKING_GROUP)).orElseThrow().reportsTo())
                .containsExactly(CODIR, COPIL);
        assertThat(projection.handle(new FindBodiesReportingToQuery(HDF, COPIL)))
                .extracting(BodyView::bodyId).containsExactly(CODIR, WORKING_GROUP);
        assertThat(projection.handle(new FindBodiesReportingToQuery(BRETAGNE, COPIL))).as("another cooperation's").isEmpty();

        events.feed(List.of(new ReportingLineErasedEvent(HDF, WORKING_GROUP, COPIL),
                            new ReportingLineErasedEvent(HDF, WORKING_GROUP, COPIL)));
        assertThat(projection.handle(new FindBodiesReportingToQuery(HDF, COPIL))).extracting(BodyView::bodyId)
                                                                                .containsExactly(CODIR);
        assertThat(projection.handle(new FindBodyQuery(HDF, WORKING_GROUP)).orElseThrow().reportsTo()).containsExactly(CODIR);
    }

    private List<Document> storedDocuments() {
        return database.getCollection(BodyDirectoryProjection.COLLECTION)
                       .find().sort(new Document("bodyId", 1).append("cooperationId", 1)).into(new ArrayList<>());
    }

    @Test
    void publishesTheBodysNewStateForItsOpenPagesAtThePositionOfEachEvent() {
        events.feed(LOG);

        var updates = live.since(fr.entente.live.query.LiveTopics.body(HDF, WORKING_GROUP), 0);

        org.assertj.core.api.Assertions.assertThat(updates).isNotEmpty();
        org.assertj.core.api.Assertions.assertThat(updates).extracting(fr.entente.live.query.LiveUpdate::position).isSorted().doesNotHaveDuplicates();
        org.assertj.core.api.Assertions.assertThat(updates.get(updates.size() - 1).json()).contains("\"members\"");
        long last = updates.get(updates.size() - 1).position();
        org.assertj.core.api.Assertions.assertThat(live.since(fr.entente.live.query.LiveTopics.body(HDF, WORKING_GROUP), last)).isEmpty();
    }
}
