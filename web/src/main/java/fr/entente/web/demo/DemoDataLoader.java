package fr.entente.web.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.entente.cooperation.api.AddBodyMemberCommand;
import fr.entente.cooperation.api.AddMemberCentreCommand;
import fr.entente.cooperation.api.AddPartnerOrganisationCommand;
import fr.entente.cooperation.api.AppointAdministratorCommand;
import fr.entente.cooperation.api.CreateBodyCommand;
import fr.entente.cooperation.api.CreateCooperationCommand;
import fr.entente.cooperation.api.DesignateCoordinatingCentreCommand;
import fr.entente.cooperation.api.DrawReportingLineCommand;
import fr.entente.cooperation.api.SetPresidencyRotationCommand;
import fr.entente.cooperation.api.NamePartnerToBodyCommand;
import fr.entente.cooperation.api.RegisterPersonCommand;
import fr.entente.forum.api.SpaceRoster;
import fr.entente.infra.audit.Actor;
import fr.entente.infra.pdf.HtmlToPdf;
import fr.entente.web.document.DocumentFiles;
import fr.entente.infra.eventstore.MongoEventStorageEngine;
import fr.entente.infra.security.PersonAccounts;
import fr.entente.web.application.ReadModels;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.TrackingToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Loads the demo cooperations of {@code demo/cooperations.yml}, through commands so that the log holds them, when the
 * hub starts on an empty log and {@code entente.demo.enabled} is on; then the demo accounts, decisions and forum
 * threads ({@link DemoDecisions}, {@link DemoForum}); then waits for the read
 * models to show it all. It runs before the hub declares itself ready (Spring Boot publishes readiness, which
 * {@code /actuator/health} includes, and the start log's "Entente is up" after its runners): a newcomer who signs in
 * the moment the hub says it is up finds their account and their cooperations.
 */
@Component
@EnableConfigurationProperties(DemoProperties.class)
public class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final String RESOURCE = "demo/cooperations.yml";
    private static final Duration READ_MODELS_WAIT = Duration.ofMinutes(2);

    private final DemoProperties properties;
    private final CommandGateway commands;
    private final MongoEventStorageEngine eventStore;
    private final PersonAccounts accounts;
    private final ReadModels readModels;
    private final DocumentFiles documentFiles;
    private final HtmlToPdf pdf;
    private final SpaceRoster roster;
    private final org.axonframework.queryhandling.QueryGateway queries;

    DemoDataLoader(DemoProperties properties, CommandGateway commands, MongoEventStorageEngine eventStore,
                   PersonAccounts accounts, ReadModels readModels, DocumentFiles documentFiles, HtmlToPdf pdf,
                   SpaceRoster roster, org.axonframework.queryhandling.QueryGateway queries) {
        this.queries = queries;
        this.properties = properties;
        this.commands = commands;
        this.eventStore = eventStore;
        this.accounts = accounts;
        this.readModels = readModels;
        this.documentFiles = documentFiles;
        this.pdf = pdf;
        this.roster = roster;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!properties.enabled()) {
            return;
        }
        TrackingToken head = eventStore.createHeadToken();
        if (head.position().orElse(0L) > 0) {
            log.info("The log already holds events: demo data not loaded");
            return;
        }
        DemoDirectory directory = read();
        directory.cooperations().forEach(this::load);
        long loaded = eventStore.createHeadToken().position().orElse(0L);
        if (!readModels.awaitProcessedByAll(loaded, READ_MODELS_WAIT)) {
            log.warn("The read models had not shown all the demo data after {}: the first pages may miss some",
                     READ_MODELS_WAIT);
        }
        // a decision's command side reads the directory's read models: the decisions come once they show it all
        DemoDecisions.load(this::send, Instant.now());
        // the documents ask the forum's roster, which follows the bodies a moment later, and their folders' read model
        DemoDocuments.load(this::send, this::documentsShown, documentFiles, pdf, roster);
        loaded = eventStore.createHeadToken().position().orElse(0L);
        if (!readModels.awaitProcessedByAll(loaded, READ_MODELS_WAIT)) {
            log.warn("The read models had not shown the demo decisions and documents after {}", READ_MODELS_WAIT);
        }
        // the forum's body spaces fill from the directory's events, by the hub itself: the threads come once their
        // authors sit in the working group's space
        if (awaitSeated(DemoForum.COOPERATION, DemoForum.SPACE, DemoForum.AUTHORS)) {
            DemoForum.load(this::send);
            loaded = eventStore.createHeadToken().position().orElse(0L);
            if (!readModels.awaitProcessedByAll(loaded, READ_MODELS_WAIT)) {
                log.warn("The read models had not shown the demo forum after {}", READ_MODELS_WAIT);
            }
        } else {
            log.warn("The working group's forum space had not filled after {}: demo threads not loaded", READ_MODELS_WAIT);
        }
        // roadmaps and a study in progress (issue 15): their command sides read the directory's read models
        DemoRoadmaps.load(this::send, directory.cooperations().stream().collect(java.util.stream.Collectors.toMap(
                DemoDirectory.Cooperation::id, cooperation -> cooperation.centres().stream()
                        .map(centre -> "cdg-" + centre.departmentCode().toLowerCase(java.util.Locale.ROOT)).sorted().toList())),
                          queries, Instant.now());
        loaded = eventStore.createHeadToken().position().orElse(0L);
        if (!readModels.awaitProcessedByAll(loaded, READ_MODELS_WAIT)) {
            log.warn("The read models had not shown the demo roadmaps and study after {}", READ_MODELS_WAIT);
        }
        log.info("Loaded the demo data: {} cooperations, their decisions, forum and documents; demo accounts sign in with the password '{}'",
                 directory.cooperations().size(), properties.password());
    }

    private void load(DemoDirectory.Cooperation cooperation) {
        Actor system = Actor.system(cooperation.id());
        String id = cooperation.id();
        send(system, new CreateCooperationCommand(id, cooperation.name(), cooperation.region()));
        cooperation.centres().forEach(centre -> send(system, new AddMemberCentreCommand(id, centre.departmentCode(), centre.name())));
        send(system, new DesignateCoordinatingCentreCommand(id, cooperation.coordinatingCentre()));
        if (cooperation.presidency() != null) {
            send(system, new SetPresidencyRotationCommand(id, cooperation.presidency().firstYear(),
                                                          cooperation.presidency().rotation()));
        }
        cooperation.partners().forEach(partner -> send(system, new AddPartnerOrganisationCommand(id, partner.id(), partner.name())));
        for (DemoDirectory.Body body : cooperation.bodies()) {
            send(system, new CreateBodyCommand(id, body.id(), body.kind(), body.name()));
            body.partners().forEach(partner -> send(system, new NamePartnerToBodyCommand(id, body.id(), partner)));
        }
        for (DemoDirectory.Body body : cooperation.bodies()) {
            body.reportsTo().forEach(to -> send(system, new DrawReportingLineCommand(id, body.id(), to)));
        }
        for (DemoDirectory.Person person : cooperation.people()) {
            String personId = personIdOf(person.username());
            send(system, new RegisterPersonCommand(id, personId, person.organisation()));
            accounts.createActiveAccount(personId, person.username(), person.displayName(), person.email(),
                                         properties.password());
            if (person.administrator()) {
                send(system, new AppointAdministratorCommand(id, personId));
            }
            for (Map.Entry<String, fr.entente.cooperation.api.BodyRole> seat : person.bodies().entrySet()) {
                send(system, new AddBodyMemberCommand(id, seat.getKey(), personId, seat.getValue()));
            }
        }
    }

    private boolean awaitSeated(String cooperationId, String spaceId, List<String> usernames) {
        long deadline = System.nanoTime() + READ_MODELS_WAIT.toNanos();
        while (usernames.stream().anyMatch(username -> roster.roleOf(cooperationId, spaceId, personIdOf(username)).isEmpty())) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /** Stable across restarts and machines, and opaque: the log never shows a demo account's name. */
    static String personIdOf(String username) {
        return UUID.nameUUIDFromBytes(("entente-demo:" + username).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private void documentsShown() {
        readModels.awaitProcessedByAll(eventStore.createHeadToken().position().orElse(0L), READ_MODELS_WAIT);
    }

    private void send(Actor actor, Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(actor.toMetaData()));
    }

    private static DemoDirectory read() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream input = new ClassPathResource(RESOURCE).getInputStream()) {
            return yaml.readValue(input, DemoDirectory.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }
}
