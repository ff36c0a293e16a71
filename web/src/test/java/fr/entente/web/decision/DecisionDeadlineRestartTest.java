package fr.entente.web.decision;

import com.mongodb.client.MongoDatabase;
import fr.entente.cooperation.api.AddBodyMemberCommand;
import fr.entente.cooperation.api.AddMemberCentreCommand;
import fr.entente.cooperation.api.BodyKind;
import fr.entente.cooperation.api.BodyRole;
import fr.entente.cooperation.api.CreateBodyCommand;
import fr.entente.cooperation.api.CreateCooperationCommand;
import fr.entente.cooperation.api.RegisterPersonCommand;
import fr.entente.decision.api.DecisionMode;
import fr.entente.decision.api.DecisionRoster;
import fr.entente.decision.api.OpenDecisionCommand;
import fr.entente.decision.query.DecisionStatus;
import fr.entente.decision.query.DecisionView;
import fr.entente.decision.query.FindDecisionQuery;
import fr.entente.infra.audit.Actor;
import fr.entente.infra.eventstore.MongoEventStorageEngine;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.RunningHub;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A deadline that passes while the hub is stopped: the decision is closed when the hub starts again, before it
 * serves anyone (the close is in the log when the start returns), then numbered. The hub's "now" is moved past the
 * deadline for the second start ({@link GenericEventMessage#clock}, the clock events carry and the aggregate reads).
 */
class DecisionDeadlineRestartTest {

    private static final String COOPERATION = "hauts-de-france";
    private static final String BODY = "comite-technique";
    private static final String DECISION = "arbitrage-pendant-l-arret";

    @TempDir
    Path data;

    @Test
    void aDeadlinePassedWhileStoppedIsClosedAtStartBeforeServing() {
        String database = RunningHub.freshDatabaseName();
        Clock before = GenericEventMessage.clock;
        try {
            try (RunningHub hub = RunningHub.start(data, database)) {
                seed(hub);
                Instant deadline = Instant.now().plus(Duration.ofMinutes(61));
                system(hub, new OpenDecisionCommand(DECISION, COOPERATION, BODY, "Valider l'étude ?", null, null, null,
                                                    null, null, DecisionMode.ASYNCHRONOUS, deadline, null, false));
                ApiWorld.eventually(() -> find(hub).filter(view -> view.status() == DecisionStatus.OPEN));
            }
            assertThat(payloadTypes(data, database)).as("nothing closes it while the hub is stopped")
                                                    .doesNotContain("DecisionClosedEvent");

            GenericEventMessage.clock = Clock.offset(Clock.systemUTC(), Duration.ofHours(2));
            try (RunningHub hub = RunningHub.start(data, database)) {
                List<String> types = eventTypes(hub);
                assertThat(types).as("closed before the hub served").endsWith("DecisionClosedEvent");
                DecisionView closed = ApiWorld.eventually(() -> find(hub).filter(view -> view.reference() != null));
                assertThat(closed.closingReason()).hasToString("DEADLINE");
                assertThat(closed.outcome()).hasToString("NO_QUORUM");
                assertThat(closed.reference()).isEqualTo("CT-" + Year.now(ZoneId.of("Europe/Paris")).getValue() + "-001");
            }
        } finally {
            GenericEventMessage.clock = before;
        }
    }

    private static void seed(RunningHub hub) {
        system(hub, new CreateCooperationCommand(COOPERATION, "Coopération des CDG des Hauts-de-France", "Hauts-de-France"));
        system(hub, new AddMemberCentreCommand(COOPERATION, "59", "CDG du Nord"));
        system(hub, new AddMemberCentreCommand(COOPERATION, "80", "CDG de la Somme"));
        system(hub, new CreateBodyCommand(COOPERATION, BODY, BodyKind.TECHNICAL_COMMITTEE, null));
        for (String centre : List.of("59", "80")) {
            String person = "person-director-" + centre;
            system(hub, new RegisterPersonCommand(COOPERATION, person, "cdg-" + centre));
            system(hub, new AddBodyMemberCommand(COOPERATION, BODY, person, BodyRole.MEMBER));
        }
        DecisionRoster roster = hub.bean(DecisionRoster.class);
        ApiWorld.eventually(() -> Optional.of(roster.electorate(COOPERATION, BODY, false)).filter(voters -> voters.size() == 2));
    }

    private static void system(RunningHub hub, Object command) {
        hub.bean(CommandGateway.class).sendAndWait(
                GenericCommandMessage.asCommandMessage(command).andMetaData(Actor.system(COOPERATION).toMetaData()));
    }

    private static Optional<DecisionView> find(RunningHub hub) {
        return hub.bean(QueryGateway.class).query(new FindDecisionQuery(DECISION),
                                                  ResponseTypes.optionalInstanceOf(DecisionView.class)).join();
    }

    private static List<String> eventTypes(RunningHub hub) {
        return hub.bean(MongoDatabase.class).getCollection(MongoEventStorageEngine.EVENTS)
                  .find(new Document("aggregateIdentifier", DECISION)).sort(new Document("sequenceNumber", 1))
                  .into(new ArrayList<>()).stream()
                  .map(event -> event.getString("payloadType"))
                  .map(type -> type.substring(type.lastIndexOf('.') + 1)).toList();
    }

    private static List<String> payloadTypes(Path data, String database) {
        try (RunningHub hub = RunningHub.start(data, database, context -> { },
                                               List.of("--entente.decision.deadline-check=1h"))) {
            return eventTypes(hub);
        }
    }
}
