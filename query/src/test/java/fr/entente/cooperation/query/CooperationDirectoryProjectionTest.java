package fr.entente.cooperation.query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import fr.entente.cooperation.api.CooperationCreatedEvent;
import fr.entente.cooperation.api.MemberCentreAddedEvent;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

    private static MongoServer server;
    private static MongoClient client;

    private MongoDatabase database;
    private CooperationDirectoryProjection projection;

    @BeforeAll
    static void startServer() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
    }

    @AfterAll
    static void stopServer() {
        client.close();
        server.shutdownNow();
    }

    @BeforeEach
    void emptyDatabase() {
        database = client.getDatabase("entente");
        database.drop();
        projection = new CooperationDirectoryProjection(database);
    }

    @Test
    void keepsOneDocumentPerCooperationWithItsCentres() {
        projection.on(HDF_CREATED);
        projection.on(NORD_ADDED);

        assertThat(storedDocuments()).containsExactly(new Document("_id", HDF_ID)
                .append("name", "Hauts-de-France")
                .append("region", "Hauts-de-France")
                .append("centres", List.of(new Document("departmentCode", "59").append("name", "CDG du Nord"))));
    }

    @Test
    void findsCooperationWithCentresSortedByDepartmentCode() {
        apply(HISTORY);

        assertThat(projection.handle(new FindCooperationQuery(HDF_ID))).contains(new CooperationView(
                HDF_ID, "Hauts-de-France", "Hauts-de-France",
                List.of(new MemberCentreView("02", "CDG de l'Aisne"),
                        new MemberCentreView("59", "CDG du Nord"),
                        new MemberCentreView("80", "CDG de la Somme"))));
    }

    @Test
    void findsNothingForUnknownCooperation() {
        apply(HISTORY);

        assertThat(projection.handle(new FindCooperationQuery("unknown"))).isEmpty();
    }

    @Test
    void listsCooperationsByNameInFrenchOrderWithTheirCentreCount() {
        apply(HISTORY);

        assertThat(projection.handle(new FindCooperationsQuery())).containsExactly(
                new CooperationSummary(HDF_ID, "Hauts-de-France", "Hauts-de-France", 3),
                new CooperationSummary(IDF_ID, "Île-de-France", "Île-de-France", 0),
                new CooperationSummary(NORMANDIE_ID, "Normandie", "Normandie", 0));
    }

    @Test
    void redeliveredEventsLeaveTheSameDirectory() {
        apply(HISTORY);
        List<Document> once = storedDocuments();

        apply(HISTORY);
        projection.on(NORD_ADDED);

        assertThat(storedDocuments()).isEqualTo(once);
        assertThat(projection.handle(new FindCooperationQuery(HDF_ID)).orElseThrow().memberCentres()).hasSize(3);
    }

    @Test
    void resetEmptiesTheDirectory() {
        apply(HISTORY);

        projection.reset();

        assertThat(storedDocuments()).isEmpty();
        assertThat(projection.handle(new FindCooperationsQuery())).isEmpty();
    }

    @Test
    void replayThroughAxonRebuildsTheSameDirectory() throws Exception {
        apply(HISTORY);
        List<Document> before = storedDocuments();
        AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(projection);

        assertThat(handlers.supportsReset()).isTrue();
        handlers.prepareReset();
        assertThat(storedDocuments()).isEmpty();
        for (Object event : HISTORY) {
            handlers.handle(GenericEventMessage.asEventMessage(event));
        }

        assertThat(storedDocuments()).isEqualTo(before);
    }

    @Test
    void answersThroughAxonQueryBus() {
        apply(HISTORY);
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

    private void apply(List<Object> events) {
        for (Object event : events) {
            if (event instanceof CooperationCreatedEvent created) {
                projection.on(created);
            } else {
                projection.on((MemberCentreAddedEvent) event);
            }
        }
    }

    private List<Document> storedDocuments() {
        return database.getCollection(CooperationDirectoryProjection.COLLECTION)
                       .find().sort(new Document("_id", 1)).into(new ArrayList<>());
    }
}
