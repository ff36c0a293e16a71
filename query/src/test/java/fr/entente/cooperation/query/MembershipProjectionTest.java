package fr.entente.cooperation.query;

import fr.entente.testing.TestMongo;

import com.mongodb.client.MongoDatabase;
import fr.entente.cooperation.api.AdministratorRevokedEvent;
import fr.entente.cooperation.api.BodyMemberAddedEvent;
import fr.entente.cooperation.api.BodyMemberRemovedEvent;
import fr.entente.cooperation.api.BodyRole;
import fr.entente.cooperation.api.PersonRegisteredEvent;
import fr.entente.cooperation.api.PersonRemovedEvent;
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
import static fr.entente.cooperation.query.TwoCooperations.CNFPT;
import static fr.entente.cooperation.query.TwoCooperations.CODIR;
import static fr.entente.cooperation.query.TwoCooperations.COPIL;
import static fr.entente.cooperation.query.TwoCooperations.DELEGATE;
import static fr.entente.cooperation.query.TwoCooperations.DIRECTOR;
import static fr.entente.cooperation.query.TwoCooperations.HDF;
import static fr.entente.cooperation.query.TwoCooperations.LOG;
import static fr.entente.cooperation.query.TwoCooperations.OFFICER;
import static fr.entente.cooperation.query.TwoCooperations.logThen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.messaging.responsetypes.ResponseTypes.multipleInstancesOf;
import static org.axonframework.messaging.responsetypes.ResponseTypes.optionalInstanceOf;

/** The memberships read model against a real MongoDB-wire server (mongo-java-server, in memory), without Spring. */
class MembershipProjectionTest {

    /** The director of CDG 02 leaves: out of the technical committee, of the administration, of the cooperation. */
    private static final List<Object> DIRECTOR_LEAVES = List.of(new BodyMemberRemovedEvent(HDF, CODIR, DIRECTOR),
                                                                new AdministratorRevokedEvent(HDF, DIRECTOR),
                                                                new PersonRemovedEvent(HDF, DIRECTOR));

    @RegisterExtension
    static final TestMongo.PerClass mongo = new TestMongo.PerClass();

    private MongoDatabase database;
    private LiveJournals live;
    private MembershipProjection projection;
    private EventFeed events;

    @BeforeEach
    void emptyDatabase() {
        database = mongo.freshDatabase();
        live = LiveJournals.on(database);
        projection = new MembershipProjection(database, live.journal());
        events = EventFeed.to(projection);
    }

    @Test
    void keepsOneDocumentPerPersonAndCooperation() {
        events.feed(LOG);

        assertThat(database.getCollection(MembershipProjection.COLLECTION)
                           .find(new Document("personId", OFFICER)).into(new ArrayList<>()))
                .containsExactly(new Document("_id", new Document("cooperationId", HDF).append("personId", OFFICER))
                        .append("cooperationId", HDF)
                        .append("personId", OFFICER)
                        .append("organisationId", "cdg-59")
                        .append("administrator", true)
                        .append("bodies", List.of(new Document("bodyId", CODIR).append("role", "OFFICER"),
                                                  new Document("bodyId", COPIL).append("role", "CONVENOR"))));
    }

    @Test
    void findsMembershipWithOrganisationAdministrationAndCurrentRoles() {
        events.feed(LOG);

        assertThat(projection.handle(new FindMembershipQuery(HDF, DIRECTOR))).contains(new MembershipView(
                HDF, DIRECTOR, "cdg-02", true, List.of(new BodyMembershipView(CODIR, BodyRole.CONVENOR))));
    }

    @Test
    void partnerPersonHasOnlyTheBodiesTheySitIn() {
        events.feed(LOG);

        assertThat(projection.handle(new FindMembershipQuery(HDF, DELEGATE))).contains(new MembershipView(
                HDF, DELEGATE, CNFPT, false, List.of(new BodyMembershipView(COPIL, BodyRole.MEMBER))));
    }

    @Test
    void revokedAdministratorNoLongerAdministers() {
        events.feed(logThen(new AdministratorRevokedEvent(HDF, OFFICER)));

        assertThat(projection.handle(new FindMembershipQuery(HDF, OFFICER))).map(MembershipView::administrator).contains(false);
    }

    @Test
    void leavingABodyTakesItOutOfTheMembership() {
        events.feed(logThen(new BodyMemberRemovedEvent(HDF, CODIR, OFFICER)));

        assertThat(projection.handle(new FindMembershipQuery(HDF, OFFICER)).orElseThrow().bodies())
                .containsExactly(new BodyMembershipView(COPIL, BodyRole.CONVENOR));
    }

    @Test
    void removedPersonHasNoMembershipLeft() {
        events.feed(logThen(DIRECTOR_LEAVES.toArray()));

        assertThat(projection.handle(new FindMembershipQuery(HDF, DIRECTOR))).isEmpty();
        assertThat(projection.handle(new FindMembershipsQuery(DIRECTOR))).isEmpty();
        assertThat(projection.handle(new FindMembershipQuery(HDF, OFFICER))).isPresent();
    }

    @Test
    void findsAMembershipOnlyInItsCooperation() {
        events.feed(LOG);

        assertThat(projection.handle(new FindMembershipQuery(BRETAGNE, OFFICER))).isEmpty();
        assertThat(projection.handle(new FindMembershipQuery(HDF, "unknown"))).isEmpty();
    }

    @Test
    void listsThePeopleOfOneCooperationOnlyWithoutTheRemovedOnes() {
        events.feed(logThen(new PersonRegisteredEvent(BRETAGNE, "person-breton", "cdg-35"),
                            new BodyMemberRemovedEvent(HDF, CODIR, DIRECTOR),
                            new AdministratorRevokedEvent(HDF, DIRECTOR),
                            new PersonRemovedEvent(HDF, DIRECTOR)));

        assertThat(projection.handle(new FindCooperationPeopleQuery(HDF)))
                .extracting(MembershipView::personId).containsExactly(DELEGATE, OFFICER);
        assertThat(projection.handle(new FindCooperationPeopleQuery(BRETAGNE)))
                .extracting(MembershipView::personId).contains("person-breton").doesNotContain(OFFICER, DELEGATE);
    }

    /** A person id is unique within a cooperation only; if one is registered in two, the memberships stay apart. */
    @Test
    void keepsTheMembershipsOfOneIdentifierInTwoCooperationsApart() {
        events.feed(logThen(new PersonRegisteredEvent(BRETAGNE, OFFICER, "cdg-35"),
                            new BodyMemberAddedEvent(BRETAGNE, COPIL, OFFICER, "cdg-35", BodyRole.MEMBER)));

        assertThat(projection.handle(new FindMembershipsQuery(OFFICER))).containsExactly(
                new MembershipView(BRETAGNE, OFFICER, "cdg-35", false, List.of(new BodyMembershipView(COPIL, BodyRole.MEMBER))),
                new MembershipView(HDF, OFFICER, "cdg-59", true, List.of(new BodyMembershipView(CODIR, BodyRole.OFFICER),
                                                                         new BodyMembershipView(COPIL, BodyRole.CONVENOR))));
    }

    @Test
    void redeliveredEventsLeaveTheSameMemberships() {
        List<Object> log = logThen(DIRECTOR_LEAVES.toArray());
        events.feed(log);
        List<Document> once = storedDocuments();

        events.feed(log);
        events.feed(log.subList(log.size() - 8, log.size()));

        assertThat(storedDocuments()).isEqualTo(once);
    }

    @Test
    void resetEmptiesTheMemberships() {
        events.feed(LOG);

        assertThat(events.supportsReset()).isTrue();
        events.reset();

        assertThat(storedDocuments()).isEmpty();
    }

    @Test
    void answersThroughAxonQueryBus() {
        events.feed(LOG);
        SimpleQueryBus queryBus = SimpleQueryBus.builder().build();
        new AnnotationQueryHandlerAdapter<>(projection).subscribe(queryBus);
        QueryGateway queries = DefaultQueryGateway.builder().queryBus(queryBus).build();

        Optional<MembershipView> officer =
                queries.query(new FindMembershipQuery(HDF, OFFICER), optionalInstanceOf(MembershipView.class)).join();
        List<MembershipView> all =
                queries.query(new FindMembershipsQuery(DELEGATE), multipleInstancesOf(MembershipView.class)).join();

        assertThat(officer).map(MembershipView::administrator).contains(true);
        assertThat(all).extracting(MembershipView::organisationId).containsExactly(CNFPT);
    }

    private List<Document> storedDocuments() {
        return database.getCollection(MembershipProjection.COLLECTION)
                       .find().sort(new Document("personId", 1).append("cooperationId", 1)).into(new ArrayList<>());
    }
}
