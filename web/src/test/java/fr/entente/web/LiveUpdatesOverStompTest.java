package fr.entente.web;

import com.fasterxml.jackson.databind.JsonNode;
import fr.entente.cooperation.api.AddBodyMemberCommand;
import fr.entente.cooperation.api.AddMemberCentreCommand;
import fr.entente.cooperation.api.BodyKind;
import fr.entente.cooperation.api.BodyRole;
import fr.entente.cooperation.api.CreateBodyCommand;
import fr.entente.cooperation.api.CreateCooperationCommand;
import fr.entente.cooperation.api.RegisterPersonCommand;
import fr.entente.cooperation.query.BodyView;
import fr.entente.cooperation.query.FindBodyQuery;
import fr.entente.infra.audit.Actor;
import fr.entente.infra.security.PersonAccounts;
import fr.entente.live.query.LiveTopics;
import fr.entente.web.testing.LiveClient;
import fr.entente.web.testing.RunningHub;
import fr.entente.web.testing.SignedInSession;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Live updates over STOMP, through the running hub, with Spring's Java STOMP client signed in by the session. */
class LiveUpdatesOverStompTest {

    private static final String PASSWORD = "mot-de-passe-de-test";
    private static final String HDF = "hauts-de-france";
    private static final String WORKING_GROUP = "groupe-de-travail";
    private static final String OFFICER = "person-officer-59";
    private static final String BRETON = "person-referent-35";

    @Test
    void aClientThatReconnectsWithItsLastPositionReceivesTheLatestStateOnceForTheThreeChangesItMissed(@TempDir Path data) throws Exception {
        try (RunningHub hub = RunningHub.start(data, RunningHub.freshDatabaseName())) {
            directoryWithAWorkingGroup(hub);
            SignedInSession officer = SignedInSession.signIn(hub.port(), "officer.59", PASSWORD);
            String destination = "/live/" + LiveTopics.body(HDF, WORKING_GROUP);

            LiveClient first = LiveClient.connect(hub.port(), officer);
            BlockingQueue<JsonNode> frames = first.subscribe(destination, 0);
            JsonNode current = frames.poll(10, TimeUnit.SECONDS);
            assertThat(current).as("the body's state so far (errors: %s)", first.errors()).isNotNull();
            long last = drain(frames, current).get("position").asLong();
            first.session().disconnect();

            List<String> missed = List.of("person-referent-02", "person-referent-60", "person-referent-62");
            for (String person : missed) {
                register(hub, person, "cdg-" + person.substring(person.length() - 2));
                system(hub, new AddBodyMemberCommand(HDF, WORKING_GROUP, person, BodyRole.MEMBER));
            }
            awaitMembers(hub, 1 + missed.size());

            LiveClient again = LiveClient.connect(hub.port(), officer);
            BlockingQueue<JsonNode> caughtUp = again.subscribe(destination, last);
            List<JsonNode> received = new ArrayList<>();
            JsonNode frame;
            while ((frame = caughtUp.poll(2, TimeUnit.SECONDS)) != null) {
                received.add(frame);
            }

            assertThat(received).as("one update, however many it missed").hasSize(1);
            assertThat(received.get(0).get("position").asLong()).isGreaterThan(last);
            assertThat(received.get(0).get("data").get("members")).as("the latest state").hasSize(4);
            again.session().disconnect();
        }
    }

    @Test
    void aPersonOfAnotherCooperationCannotFollowABodyAndLearnsNothingOfIt(@TempDir Path data) throws Exception {
        try (RunningHub hub = RunningHub.start(data, RunningHub.freshDatabaseName())) {
            directoryWithAWorkingGroup(hub);
            system(hub, "bretagne", new CreateCooperationCommand("bretagne", "Coopération bretonne", "Bretagne"));
            system(hub, "bretagne", new AddMemberCentreCommand("bretagne", "35", "CDG 35"));
            system(hub, "bretagne", new RegisterPersonCommand("bretagne", BRETON, "cdg-35"));
            hub.bean(PersonAccounts.class).createActiveAccount(BRETON, "referent.35", "Référent 35", "r35@test.invalid", PASSWORD);
            SignedInSession breton = SignedInSession.signIn(hub.port(), "referent.35", PASSWORD);

            LiveClient live = LiveClient.connect(hub.port(), breton);
            BlockingQueue<JsonNode> frames = live.subscribe("/live/" + LiveTopics.body(HDF, WORKING_GROUP), 0);

            assertThat(frames.poll(2, TimeUnit.SECONDS)).as("no update of another cooperation's body").isNull();
            String error = live.errors().poll(5, TimeUnit.SECONDS);
            assertThat(error).isNotNull().contains("Introuvable").doesNotContain("membre");
        }
    }



    private static JsonNode drain(BlockingQueue<JsonNode> frames, JsonNode first) throws InterruptedException {
        JsonNode last = first;
        JsonNode next;
        while ((next = frames.poll(500, TimeUnit.MILLISECONDS)) != null) {
            last = next;
        }
        return last;
    }

    private static void directoryWithAWorkingGroup(RunningHub hub) throws InterruptedException {
        system(hub, new CreateCooperationCommand(HDF, "Coopération des Hauts-de-France", "Hauts-de-France"));
        for (String code : List.of("02", "59", "60", "62")) {
            system(hub, new AddMemberCentreCommand(HDF, code, "CDG " + code));
        }
        system(hub, new CreateBodyCommand(HDF, WORKING_GROUP, BodyKind.WORKING_GROUP, "Groupe de travail"));
        register(hub, OFFICER, "cdg-59");
        system(hub, new AddBodyMemberCommand(HDF, WORKING_GROUP, OFFICER, BodyRole.OFFICER));
        hub.bean(PersonAccounts.class).createActiveAccount(OFFICER, "officer.59", "Chargée de mission", "o59@test.invalid", PASSWORD);
        awaitMembers(hub, 1);
    }

    private static void register(RunningHub hub, String personId, String organisationId) {
        system(hub, new RegisterPersonCommand(HDF, personId, organisationId));
    }

    private static void awaitMembers(RunningHub hub, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            boolean done = hub.bean(QueryGateway.class)
                              .query(new FindBodyQuery(HDF, WORKING_GROUP), ResponseTypes.optionalInstanceOf(BodyView.class))
                              .join().filter(body -> body.members().size() == count).isPresent();
            if (done) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(25);
        }
        throw new AssertionError("the working group never had " + count + " members");
    }

    private static void system(RunningHub hub, Object command) {
        system(hub, HDF, command);
    }

    private static void system(RunningHub hub, String cooperationId, Object command) {
        hub.bean(CommandGateway.class).sendAndWait(GenericCommandMessage.asCommandMessage(command)
                                                                        .andMetaData(Actor.system(cooperationId).toMetaData()));
    }
}
