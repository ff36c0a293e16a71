package fr.entente.web.decision;

import fr.entente.cooperation.api.AddBodyMemberCommand;
import fr.entente.cooperation.api.BodyKind;
import fr.entente.cooperation.api.BodyRole;
import fr.entente.cooperation.api.CreateBodyCommand;
import fr.entente.cooperation.api.RegisterPersonCommand;
import fr.entente.decision.api.CastVoteCommand;
import fr.entente.decision.api.CloseDecisionCommand;
import fr.entente.decision.api.DecisionMode;
import fr.entente.decision.api.DecisionRoster;
import fr.entente.decision.api.OpenDecisionCommand;
import fr.entente.decision.query.DecisionSummary;
import fr.entente.decision.query.DecisionView;
import fr.entente.decision.query.FindRegisterQuery;
import fr.entente.infra.audit.Actor;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.SharedApiWorld;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static fr.entente.web.testing.ApiWorld.HDF;
import static fr.entente.web.testing.ApiWorld.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The register under concurrent closes: eight decisions of three bodies closed at the same instant, from eight
 * threads, get numbers 1, 2, 3… per body and year, with no gap and no number twice, each with its body's prefix.
 */
@ExtendWith(SharedApiWorld.class)
class DecisionRegisterConcurrencyTest {

    private static final int CLOSES = 8;

    @Test
    void eightConcurrentClosesInThreeBodiesLeaveNoGapAndNoDuplicate(ApiWorld world) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        Map<String, String> prefixes = new LinkedHashMap<>();
        prefixes.put(body(world, run, "ct", BodyKind.TECHNICAL_COMMITTEE, null), "CT");
        prefixes.put(body(world, run, "copil", BodyKind.STEERING_COMMITTEE, null), "COPIL");
        prefixes.put(body(world, run, "projet", BodyKind.OTHER, "Groupe projet concours"), "GPC");
        List<String> bodies = List.copyOf(prefixes.keySet());

        Map<String, String> decisions = new LinkedHashMap<>();
        for (int i = 0; i < CLOSES; i++) {
            String bodyId = bodies.get(i % bodies.size());
            String decisionId = "concurrence-" + run + "-" + i;
            world.asSystem(HDF, new OpenDecisionCommand(decisionId, HDF, bodyId, "Question " + i, null, null, null,
                                                        null, null, DecisionMode.LIVE, null, null, false));
            send(world, new Actor(officerOf(run, bodyId), "cdg-59", HDF), new CastVoteCommand(decisionId, "pour"));
            decisions.put(decisionId, bodyId);
        }

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(CLOSES);
        List<Future<?>> closes = new ArrayList<>();
        for (String decisionId : decisions.keySet()) {
            closes.add(threads.submit(() -> {
                start.await();
                world.asSystem(HDF, new CloseDecisionCommand(decisionId));
                return null;
            }));
        }
        start.countDown();
        for (Future<?> close : closes) {
            close.get();
        }
        threads.shutdown();

        int year = Year.now(ZoneId.of("Europe/Paris")).getValue();
        for (String bodyId : bodies) {
            long count = decisions.values().stream().filter(bodyId::equals).count();
            List<DecisionSummary> register = eventually(() -> java.util.Optional.of(register(world, bodyId))
                                                                                .filter(entries -> entries.size() == count));
            assertThat(register).extracting(DecisionSummary::number)
                                .containsExactlyElementsOf(IntStream.rangeClosed(1, (int) count).boxed().toList());
            assertThat(register).extracting(DecisionSummary::reference)
                                .containsExactlyElementsOf(IntStream.rangeClosed(1, (int) count)
                                        .mapToObj(n -> prefixes.get(bodyId) + "-" + year + "-" + String.format("%03d", n)).toList());
        }
        for (String decisionId : decisions.keySet()) {
            DecisionView view = CommitteeDecisions.awaitDecision(world, decisionId, decision -> decision.number() != null);
            assertThat(view.outcome()).hasToString("ADOPTED");
        }
    }

    private static List<DecisionSummary> register(ApiWorld world, String bodyId) {
        return world.bean(QueryGateway.class).query(new FindRegisterQuery(HDF, bodyId, null),
                                                    ResponseTypes.multipleInstancesOf(DecisionSummary.class)).join();
    }

    private static String body(ApiWorld world, String run, String name, BodyKind kind, String title) {
        String bodyId = "registre-" + name + "-" + run;
        world.asSystem(HDF, new CreateBodyCommand(HDF, bodyId, kind, title));
        String officer = officerOf(run, bodyId);
        world.asSystem(HDF, new RegisterPersonCommand(HDF, officer, "cdg-59"));
        world.asSystem(HDF, new AddBodyMemberCommand(HDF, bodyId, officer, BodyRole.OFFICER));
        DecisionRoster roster = world.bean(DecisionRoster.class);
        eventually(() -> roster.roleOf(HDF, bodyId, officer));
        eventually(() -> roster.registerPrefix(HDF, bodyId));
        return bodyId;
    }

    private static String officerOf(String run, String bodyId) {
        return "person-officer-" + bodyId;
    }

    private static void send(ApiWorld world, Actor actor, Object command) {
        world.bean(CommandGateway.class).sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(actor.toMetaData()));
    }
}
