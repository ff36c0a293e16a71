package fr.entente.web;

import com.mongodb.client.MongoDatabase;
import fr.entente.cooperation.api.AddMemberCentreCommand;
import fr.entente.cooperation.api.AppointAdministratorCommand;
import fr.entente.cooperation.api.CreateCooperationCommand;
import fr.entente.cooperation.api.RegisterPersonCommand;
import fr.entente.cooperation.query.CooperationView;
import fr.entente.cooperation.query.FindCooperationQuery;
import fr.entente.infra.audit.Actor;
import fr.entente.infra.audit.MissingActorException;
import fr.entente.infra.eventstore.MongoEventStorageEngine;
import fr.entente.web.testing.RunningHub;
import static fr.entente.web.testing.ApiWorld.eventually;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The log end to end, through the running hub on its real store: command, event and its audit metadata, projection, query. */
class EventLogEndToEndTest {

    private static final Actor OFFICER_59 = new Actor("person-officer-59", "cdg-59", "hauts-de-france");

    @Test
    void turnsACommandIntoAnEventCarryingItsAuthorThenIntoTheDirectory(@TempDir Path data) throws Exception {
        try (RunningHub hub = RunningHub.start(data, RunningHub.freshDatabaseName())) {
            CommandGateway commands = hub.bean(CommandGateway.class);
            CommandMessage<?> create = asSystem("hauts-de-france", new CreateCooperationCommand("hauts-de-france", "Coopération des CDG des Hauts-de-France", "Hauts-de-France"));
            commands.sendAndWait(create);
            commands.sendAndWait(asSystem("hauts-de-france", new AddMemberCentreCommand("hauts-de-france", "59", "CDG du Nord")));
            commands.sendAndWait(asSystem("hauts-de-france", new RegisterPersonCommand("hauts-de-france", OFFICER_59.personId(), "cdg-59")));
            commands.sendAndWait(asSystem("hauts-de-france", new AppointAdministratorCommand("hauts-de-france", OFFICER_59.personId())));
            CommandMessage<?> addAisne = asOfficer(new AddMemberCentreCommand("hauts-de-france", "02", "CDG de l'Aisne"));
            commands.sendAndWait(addAisne);

            List<Document> events = hub.bean(MongoDatabase.class).getCollection(MongoEventStorageEngine.EVENTS)
                                       .find().sort(new Document("_id", 1)).into(new ArrayList<>());
            assertThat(events).extracting(event -> event.get("_id")).containsExactly(1L, 2L, 3L, 4L, 5L);
            Document created = events.get(0).get("metaData", Document.class);
            assertThat(created.getString("actorId")).isEqualTo("system");
            assertThat(created.getString("causationId")).isEqualTo(create.getIdentifier());
            assertThat(created.getString("correlationId")).isEqualTo(create.getIdentifier());
            Document metaData = events.get(4).get("metaData", Document.class);
            assertThat(metaData.getString("actorId")).isEqualTo("person-officer-59");
            assertThat(metaData.getString("actorOrganisation")).isEqualTo("cdg-59");
            assertThat(metaData.getString("cooperationId")).isEqualTo("hauts-de-france");
            assertThat(metaData.getString("causationId")).isEqualTo(addAisne.getIdentifier());
            assertThat(events.get(1).get("payload", Document.class).getString("departmentCode")).isEqualTo("59");

            CooperationView directory = eventually(() -> findCooperation(hub, "hauts-de-france")
                    .filter(view -> view.memberCentres().size() == 2));
            assertThat(directory.name()).isEqualTo("Coopération des CDG des Hauts-de-France");
            assertThat(directory.memberCentres()).extracting(centre -> centre.departmentCode()).containsExactly("02", "59");
        }
    }

    @Test
    void refusesACommandThatDoesNotSayWhoActsAndStoresNothing(@TempDir Path data) {
        try (RunningHub hub = RunningHub.start(data, RunningHub.freshDatabaseName())) {
            CommandGateway commands = hub.bean(CommandGateway.class);

            assertThatThrownBy(() -> commands.sendAndWait(new CreateCooperationCommand("bretagne", "Coopération bretonne", "Bretagne")))
                    .isInstanceOf(MissingActorException.class);
            assertThat(hub.bean(MongoDatabase.class).getCollection(MongoEventStorageEngine.EVENTS).countDocuments()).isZero();
        }
    }

    @Test
    void keepsEventsTokensAndReadModelsAcrossARestartWithoutReplaying(@TempDir Path data) throws Exception {
        String database = RunningHub.freshDatabaseName();
        try (RunningHub hub = RunningHub.start(data, database)) {
            CommandGateway commands = hub.bean(CommandGateway.class);
            commands.sendAndWait(asSystem("bretagne", new CreateCooperationCommand("bretagne", "Coopération bretonne", "Bretagne")));
            for (String code : List.of("22", "29", "35", "56")) {
                commands.sendAndWait(asSystem("bretagne", new AddMemberCentreCommand("bretagne", code, "CDG " + code)));
            }
            eventually(() -> findCooperation(hub, "bretagne").filter(view -> view.memberCentres().size() == 4));
        }

        DirectoryEventCounter counter = new DirectoryEventCounter();
        try (RunningHub hub = RunningHub.start(data, database,
                context -> context.registerBean(DirectoryEventCounter.class, () -> counter))) {
            assertThat(findCooperation(hub, "bretagne")).as("the read model, at once").get()
                    .satisfies(view -> assertThat(view.memberCentres()).hasSize(4));
            assertThat(hub.bean(MongoDatabase.class).getCollection(MongoEventStorageEngine.EVENTS).countDocuments())
                    .isEqualTo(5);
            assertThat(hub.bean(MongoDatabase.class).getCollection("trackingtokens").countDocuments()).isPositive();

            hub.bean(CommandGateway.class).sendAndWait(asSystem("bretagne", new AddMemberCentreCommand("bretagne", "44", "CDG 44")));
            eventually(() -> findCooperation(hub, "bretagne").filter(view -> view.memberCentres().size() == 5));
            TimeUnit.MILLISECONDS.sleep(300);

            assertThat(counter.received.get()).as("events handled by the directory's processor after the restart")
                                              .isEqualTo(1);
        }
    }

    /** Joins the directory's processor: what it receives after a restart shows whether the processor replayed. */
    @ProcessingGroup("cooperation-directory")
    static class DirectoryEventCounter {
        final AtomicInteger received = new AtomicInteger();

        @EventHandler
        void on(Object event) {
            received.incrementAndGet();
        }
    }

    private static CommandMessage<?> asOfficer(Object command) {
        return GenericCommandMessage.asCommandMessage(command).andMetaData(OFFICER_59.toMetaData());
    }

    /** The hub itself creates a cooperation and appoints its first administrator. */
    private static CommandMessage<?> asSystem(String cooperationId, Object command) {
        return GenericCommandMessage.asCommandMessage(command).andMetaData(Actor.system(cooperationId).toMetaData());
    }

    private static Optional<CooperationView> findCooperation(RunningHub hub, String cooperationId) {
        return hub.bean(QueryGateway.class)
                  .query(new FindCooperationQuery(cooperationId), ResponseTypes.optionalInstanceOf(CooperationView.class))
                  .join();
    }

}
