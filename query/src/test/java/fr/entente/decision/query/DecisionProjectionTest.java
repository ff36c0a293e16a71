package fr.entente.decision.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.MongoDatabase;
import fr.entente.common.query.LogPosition;
import fr.entente.decision.api.ClosingReason;
import fr.entente.decision.api.DecisionAnnulledEvent;
import fr.entente.decision.api.DecisionClosedEvent;
import fr.entente.decision.api.DecisionEnteredInRegisterEvent;
import fr.entente.decision.api.DecisionMode;
import fr.entente.decision.api.DecisionOpenedEvent;
import fr.entente.decision.api.DecisionOptions;
import fr.entente.decision.api.DecisionOutcome;
import fr.entente.decision.api.DelegateDesignatedEvent;
import fr.entente.decision.api.Majority;
import fr.entente.decision.api.OptionCount;
import fr.entente.decision.api.VoteCastEvent;
import fr.entente.live.query.LiveTopics;
import fr.entente.live.query.LiveUpdate;
import fr.entente.live.query.LiveUpdateJournal;
import fr.entente.testing.TestMongo;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** The decisions' read model without Spring: events in, views, lists, the register and thin live frames out. */
class DecisionProjectionTest {

    private static final String HDF = "hauts-de-france";
    private static final String CT = "comite-technique";
    private static final String ID = "decision-1";
    private static final Instant OPENED_AT = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant DEADLINE = Instant.parse("2026-03-09T17:00:00Z");

    @RegisterExtension
    static final TestMongo.PerClass mongo = new TestMongo.PerClass();

    private DecisionProjection projection;
    private final List<LiveUpdate> published = new CopyOnWriteArrayList<>();

    @BeforeEach
    void emptyDatabase() {
        MongoDatabase database = mongo.freshDatabase();
        JacksonSerializer serializer = JacksonSerializer.builder()
                .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule())
                                                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS))
                .build();
        LiveUpdateJournal journal = new LiveUpdateJournal(database, SimpleQueryBus.builder().build().queryUpdateEmitter(),
                                                          serializer, event -> published.add((LiveUpdate) event));
        projection = new DecisionProjection(new DecisionViewStore(database, serializer), journal);
        projection.on(new DecisionOpenedEvent(ID, HDF, CT, "CT", "Valider ?", "Texte", DecisionOptions.STANDARD, null,
                                              List.of("cdg-02", "cdg-59", "cdg-60"), 2, Majority.SIMPLE,
                                              DecisionMode.ASYNCHRONOUS, DEADLINE, null),
                      OPENED_AT, LogPosition.of(10), "person-officer");
    }

    @Test
    void theLastVoteOfACentreStandsAndTheTallyFollows() {
        projection.on(new VoteCastEvent(ID, "cdg-02", "person-a", "pour"), OPENED_AT.plusSeconds(1), LogPosition.of(11));
        projection.on(new VoteCastEvent(ID, "cdg-02", "person-b", "contre"), OPENED_AT.plusSeconds(2), LogPosition.of(12));
        projection.on(new VoteCastEvent(ID, "cdg-59", "person-c", "pour"), OPENED_AT.plusSeconds(3), LogPosition.of(13));

        DecisionView view = projection.handle(new FindDecisionQuery(ID)).orElseThrow();
        assertThat(view.votes()).extracting(vote -> vote.organisationId() + "=" + vote.option() + " by " + vote.voterId())
                                .containsExactlyInAnyOrder("cdg-02=contre by person-b", "cdg-59=pour by person-c");
        assertThat(view.tally()).containsExactly(new OptionCount("pour", 1), new OptionCount("contre", 1),
                                                 new OptionCount("abstention", 0));
        assertThat(view.history()).extracting(HistoryEntry::what).containsExactly("opened", "vote", "vote", "vote");
    }

    @Test
    void anEventAtOrBeforeTheViewsPositionChangesNothing() {
        projection.on(new VoteCastEvent(ID, "cdg-02", "person-a", "pour"), OPENED_AT, LogPosition.of(11));
        projection.on(new VoteCastEvent(ID, "cdg-02", "person-a", "contre"), OPENED_AT, LogPosition.of(11));

        assertThat(projection.handle(new FindDecisionQuery(ID)).orElseThrow().votes())
                .extracting(VoteView::option).containsExactly("pour");
    }

    @Test
    void thePagesGetThinFramesOfWhatChanged() {
        projection.on(new VoteCastEvent(ID, "cdg-02", "person-a", "pour"), OPENED_AT, LogPosition.of(11));

        LiveUpdate frame = published.stream().filter(update -> update.topic().equals(LiveTopics.decision(HDF, ID)))
                                    .reduce((first, second) -> second).orElseThrow();
        assertThat(frame.position()).isEqualTo(11);
        assertThat(frame.changes()).containsExactly("tally", "votes");
        assertThat(frame.json()).contains("\"centresVoted\":1").doesNotContain("person-a", "Valider");
        assertThat(published).extracting(LiveUpdate::topic).contains(LiveTopics.bodyDecisions(HDF, CT));
    }

    @Test
    void closedNumberedAndAnnulledDecisionsInTheRegister() {
        projection.on(new VoteCastEvent(ID, "cdg-02", "person-a", "pour"), OPENED_AT, LogPosition.of(11));
        projection.on(new VoteCastEvent(ID, "cdg-59", "person-c", "pour"), OPENED_AT, LogPosition.of(12));
        assertThat(projection.handle(new FindDecisionsDueQuery(DEADLINE))).containsExactly(ID);
        assertThat(projection.handle(new FindDecisionsDueQuery(DEADLINE.minusSeconds(1)))).isEmpty();

        projection.on(new DecisionClosedEvent(ID, HDF, CT, "CT", ClosingReason.DEADLINE,
                                              List.of(new OptionCount("pour", 2), new OptionCount("contre", 0),
                                                      new OptionCount("abstention", 0)),
                                              2, 3, 2, DecisionOutcome.ADOPTED, "pour"),
                      DEADLINE, LogPosition.of(13), "system");
        assertThat(projection.handle(new FindDecisionsDueQuery(DEADLINE))).isEmpty();
        assertThat(projection.handle(new FindRegisterQuery(HDF, CT, null))).isEmpty();

        projection.on(new DecisionEnteredInRegisterEvent("register/" + HDF + "/" + CT + "/2026", HDF, CT, 2026, ID, 1,
                                                         "CT-2026-001"), DEADLINE, LogPosition.of(14));
        projection.on(new DecisionAnnulledEvent(ID, HDF, CT, "Erreur de question"), DEADLINE, LogPosition.of(15), "person-officer");

        List<DecisionSummary> register = projection.handle(new FindRegisterQuery(HDF, CT, 2026));
        assertThat(register).extracting(DecisionSummary::reference).containsExactly("CT-2026-001");
        assertThat(register.get(0).status()).isEqualTo(DecisionStatus.ANNULLED);
        assertThat(register.get(0).annulmentReason()).isEqualTo("Erreur de question");
        assertThat(register.get(0).outcome()).isEqualTo(DecisionOutcome.ADOPTED);
        assertThat(projection.handle(new FindRegisterQuery(HDF, CT, 2025))).isEmpty();
    }

    @Test
    void openDecisionsOfABodyAndADelegate() {
        projection.on(new DelegateDesignatedEvent(ID, "cdg-60", "person-colleague"), OPENED_AT, LogPosition.of(11), "person-director");

        assertThat(projection.handle(new FindDecisionQuery(ID)).orElseThrow().delegates())
                .containsExactly(new DelegateView("cdg-60", "person-colleague"));
        assertThat(projection.handle(new FindOpenDecisionsOfBodiesQuery(List.of(new BodyOfCooperation(HDF, CT)))))
                .extracting(DecisionSummary::decisionId).containsExactly(ID);
        assertThat(projection.handle(new FindOpenDecisionsOfBodiesQuery(List.of(new BodyOfCooperation("bretagne", CT)))))
                .isEmpty();
    }
}
