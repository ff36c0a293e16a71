package fr.entente.cooperation.query;

import fr.entente.testing.TestMongo;

import fr.entente.common.query.LogPosition;

import com.mongodb.client.MongoDatabase;
import fr.entente.cooperation.api.PresidencyRotationSetEvent;
import fr.entente.cooperation.api.AdministratorRevokedEvent;
import fr.entente.cooperation.api.BodyKind;
import fr.entente.cooperation.api.CooperationCreatedEvent;
import fr.entente.cooperation.api.CoordinatingCentreDesignatedEvent;
import fr.entente.cooperation.api.MemberCentreAddedEvent;
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
import static fr.entente.cooperation.query.TwoCooperations.CODIR;
import static fr.entente.cooperation.query.TwoCooperations.COPIL;
import static fr.entente.cooperation.query.TwoCooperations.DIRECTOR;
import static fr.entente.cooperation.query.TwoCooperations.HDF;
import static fr.entente.cooperation.query.TwoCooperations.HDF_COPIL_NAME;
import static fr.entente.cooperation.query.TwoCooperations.LOG;
import static fr.entente.cooperation.query.TwoCooperations.OFFICER;
import static fr.entente.cooperation.query.TwoCooperations.WORKING_GROUP;
import static fr.entente.cooperation.query.TwoCooperations.logThen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.messaging.responsetypes.ResponseTypes.multipleInstancesOf;
import static org.axonframework.messaging.responsetypes.ResponseTypes.optionalInstanceOf;

/** The projection against a real MongoDB-wire server (mongo-java-server, in memory), without Spring. */
class CooperationDirectoryProjectionTest {

    private static final String HDF_ID = "coop-hdf";
    private static final String IDF_ID = "coop-idf";
    private static final String NORMANDIE_ID = "coop-normandie";
    private static final CooperationCreatedEvent HDF_CREATED =
            new CooperationCreatedEvent(HDF_ID, "Hauts-de-France", "Hauts-de-France");
    private static final CooperationCreatedEvent IDF_CREATED =
            new CooperationCreatedEvent(IDF_ID, "Île-de-France", "Île-de-France");
    private static final CooperationCreatedEvent NORMANDIE_CREATED =
            new CooperationCreatedEvent(NORMANDIE_ID, "Normandie", "Normandie");
    private static final MemberCentreAddedEvent SOMME_ADDED = new MemberCentreAddedEvent(HDF_ID, "80", "CDG de la Somme");
    private static final MemberCentreAddedEvent AISNE_ADDED = new MemberCentreAddedEvent(HDF_ID, "02", "CDG de l'Aisne");
    private static final MemberCentreAddedEvent NORD_ADDED = new MemberCentreAddedEvent(HDF_ID, "59", "CDG du Nord");
    private static final List<Object> HISTORY =
            List.of(HDF_CREATED, SOMME_ADDED, NORMANDIE_CREATED, AISNE_ADDED, IDF_CREATED, NORD_ADDED);

    @RegisterExtension
    static final TestMongo.PerClass mongo = new TestMongo.PerClass();

    private MongoDatabase database;
    private LiveJournals live;
    private CooperationDirectoryProjection projection;
    private EventFeed events;

    @BeforeEach
    void emptyDatabase() {
        database = mongo.freshDatabase();
        live = LiveJournals.on(database);
        projection = new CooperationDirectoryProjection(database, live.journal());
        events = EventFeed.to(projection);
    }

    @Test
    void keepsOneDocumentPerCooperationWithItsCentres() {
        projection.on(HDF_CREATED, LogPosition.UNKNOWN);
        projection.on(NORD_ADDED, LogPosition.UNKNOWN);

        assertThat(storedDocuments()).containsExactly(new Document("_id", HDF_ID)
                .append("name", "Hauts-de-France")
                .append("region", "Hauts-de-France")
                .append("centres", List.of(new Document("departmentCode", "59").append("organisationId", "cdg-59")
                                                                               .append("name", "CDG du Nord")))
                .append("partners", List.of())
                .append("administrators", List.of())
                .append("bodies", List.of()));
    }

    @Test
    void findsCooperationWithCentresSortedByDepartmentCode() {
        events.feed(HISTORY);

        assertThat(projection.handle(new FindCooperationQuery(HDF_ID))).contains(new CooperationView(
                HDF_ID, "Hauts-de-France", "Hauts-de-France",
                List.of(new MemberCentreView("02", "CDG de l'Aisne", "cdg-02", false),
                        new MemberCentreView("59", "CDG du Nord", "cdg-59", false),
                        new MemberCentreView("80", "CDG de la Somme", "cdg-80", false)),
                List.of(), List.of(), List.of(), null));
    }

    @Test
    void knowsWhichCentrePresidesInEachYearOfTheRotation() {
        events.feed(HISTORY);
        events.feed(List.of(new PresidencyRotationSetEvent(HDF_ID, 2023, List.of("59", "80", "02"))));

        CooperationView cooperation = projection.handle(new FindCooperationQuery(HDF_ID)).orElseThrow();
        assertThat(cooperation.presidency()).isEqualTo(new PresidencyView(2023, List.of("59", "80", "02")));
        assertThat(cooperation.presidingCentreIn(2022)).as("before the rotation").isEmpty();
        assertThat(cooperation.presidingCentreIn(2023).orElseThrow().departmentCode()).isEqualTo("59");
        assertThat(cooperation.presidingCentreIn(2025).orElseThrow().departmentCode()).isEqualTo("02");
        assertThat(cooperation.presidingCentreIn(2026).orElseThrow().name()).as("round again").isEqualTo("CDG du Nord");
    }

    @Test
    void findsCooperationWithCoordinatorPartnersAdministratorsAndBodies() {
        events.feed(LOG);

        CooperationView view = projection.handle(new FindCooperationQuery(HDF)).orElseThrow();

        assertThat(view.memberCentres()).extracting(MemberCentreView::organisationId).containsExactly("cdg-02", "cdg-59");
        assertThat(view.coordinatingCentre()).map(MemberCentreView::departmentCode).contains("59");
        assertThat(view.partners()).containsExactly(new PartnerView("cnfpt", "CNFPT Hauts-de-France"),
                                                    new PartnerView("region-hdf", "Région Hauts-de-France"));
        assertThat(view.administrators()).containsExactly(OFFICER, DIRECTOR);
        assertThat(view.bodies()).containsExactly(
                new BodySummary(COPIL, BodyKind.STEERING_COMMITTEE, HDF_COPIL_NAME),
                new BodySummary(CODIR, BodyKind.TECHNICAL_COMMITTEE, null),
                new BodySummary(WORKING_GROUP, BodyKind.WORKING_GROUP, "Groupe de travail de l'observatoire"));
    }

    @Test
    void showsNothingOfOneCooperationInAnother() {
        events.feed(LOG);

        CooperationView bretagne = projection.handle(new FindCooperationQuery(BRETAGNE)).orElseThrow();

        assertThat(bretagne.memberCentres()).extracting(MemberCentreView::departmentCode).containsExactly("35");
        assertThat(bretagne.coordinatingCentre()).isEmpty();
        assertThat(bretagne.partners()).isEmpty();
        assertThat(bretagne.administrators()).isEmpty();
        assertThat(bretagne.bodies()).extracting(BodySummary::name).containsExactly("Conférence des président·e·s");
    }

    @Test
    void followsTheCoordinationAndTheAdministrators() {
        events.feed(logThen(new CoordinatingCentreDesignatedEvent(HDF, "02"), new AdministratorRevokedEvent(HDF, OFFICER)));

        CooperationView view = projection.handle(new FindCooperationQuery(HDF)).orElseThrow();

        assertThat(view.memberCentres()).extracting(MemberCentreView::coordinating).containsExactly(true, false);
        assertThat(view.administrators()).containsExactly(DIRECTOR);
    }

    /** Documents written before organisation ids, partners, administrators and bodies were stored read the same. */
    @Test
    void readsDocumentsOfTheFirstVersion() {
        database.getCollection(CooperationDirectoryProjection.COLLECTION).insertOne(new Document("_id", HDF_ID)
                .append("name", "Hauts-de-France").append("region", "Hauts-de-France")
                .append("centres", List.of(new Document("departmentCode", "2A").append("name", "CDG de Corse-du-Sud"))));

        assertThat(projection.handle(new FindCooperationQuery(HDF_ID))).contains(new CooperationView(
                HDF_ID, "Hauts-de-France", "Hauts-de-France",
                List.of(new MemberCentreView("2A", "CDG de Corse-du-Sud", "cdg-2a", false)), List.of(), List.of(), List.of(),
                null));
    }

    @Test
    void findsNothingForUnknownCooperation() {
        events.feed(HISTORY);

        assertThat(projection.handle(new FindCooperationQuery("unknown"))).isEmpty();
    }

    @Test
    void listsCooperationsByNameInFrenchOrderWithTheirCentreCount() {
        events.feed(HISTORY);

        assertThat(projection.handle(new FindCooperationsQuery())).containsExactly(
                new CooperationSummary(HDF_ID, "Hauts-de-France", "Hauts-de-France", 3),
                new CooperationSummary(IDF_ID, "Île-de-France", "Île-de-France", 0),
                new CooperationSummary(NORMANDIE_ID, "Normandie", "Normandie", 0));
    }

    @Test
    void redeliveredEventsLeaveTheSameDirectory() {
        List<Object> log = new ArrayList<>(HISTORY);
        log.addAll(logThen(new AdministratorRevokedEvent(HDF, OFFICER)));
        events.feed(log);
        List<Document> once = storedDocuments();

        events.feed(log);
        events.feed(log.subList(log.size() - 8, log.size()));
        projection.on(NORD_ADDED, LogPosition.UNKNOWN);

        assertThat(storedDocuments()).isEqualTo(once);
        assertThat(projection.handle(new FindCooperationQuery(HDF_ID)).orElseThrow().memberCentres()).hasSize(3);
    }

    @Test
    void resetEmptiesTheDirectory() {
        events.feed(HISTORY);

        projection.reset();

        assertThat(storedDocuments()).isEmpty();
        assertThat(projection.handle(new FindCooperationsQuery())).isEmpty();
    }

    @Test
    void replayThroughAxonRebuildsTheSameDirectory() {
        events.feed(HISTORY).feed(LOG);
        List<Document> before = storedDocuments();

        assertThat(events.supportsReset()).isTrue();
        events.reset();
        assertThat(storedDocuments()).isEmpty();
        events.feed(HISTORY).feed(LOG);

        assertThat(storedDocuments()).isEqualTo(before);
    }

    @Test
    void answersThroughAxonQueryBus() {
        events.feed(HISTORY);
        SimpleQueryBus queryBus = SimpleQueryBus.builder().build();
        new AnnotationQueryHandlerAdapter<>(projection).subscribe(queryBus);
        QueryGateway queries = DefaultQueryGateway.builder().queryBus(queryBus).build();

        Optional<CooperationView> hdf =
                queries.query(new FindCooperationQuery(HDF_ID), optionalInstanceOf(CooperationView.class)).join();
        Optional<CooperationView> unknown =
                queries.query(new FindCooperationQuery("unknown"), optionalInstanceOf(CooperationView.class)).join();
        List<CooperationSummary> all =
                queries.query(new FindCooperationsQuery(), multipleInstancesOf(CooperationSummary.class)).join();

        assertThat(hdf).map(CooperationView::memberCentres).get().asList().hasSize(3);
        assertThat(unknown).isEmpty();
        assertThat(all).extracting(CooperationSummary::cooperationId).containsExactly(HDF_ID, IDF_ID, NORMANDIE_ID);
    }

    private List<Document> storedDocuments() {
        return database.getCollection(CooperationDirectoryProjection.COLLECTION)
                       .find().sort(new Document("_id", 1)).into(new ArrayList<>());
    }
}
