package fr.entente.web.testing;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import fr.entente.cooperation.api.AddBodyMemberCommand;
import fr.entente.cooperation.api.AddMemberCentreCommand;
import fr.entente.cooperation.api.AddPartnerOrganisationCommand;
import fr.entente.cooperation.api.AppointAdministratorCommand;
import fr.entente.cooperation.api.BodyKind;
import fr.entente.cooperation.api.BodyRole;
import fr.entente.cooperation.api.CreateBodyCommand;
import fr.entente.cooperation.api.CreateCooperationCommand;
import fr.entente.cooperation.api.NamePartnerToBodyCommand;
import fr.entente.cooperation.api.RegisterPersonCommand;
import fr.entente.cooperation.query.FindMembershipQuery;
import fr.entente.cooperation.query.MembershipView;
import fr.entente.infra.audit.Actor;
import fr.entente.infra.eventstore.MongoEventStorageEngine;
import fr.entente.infra.security.PersonAccounts;
import fr.entente.web.application.ReadModels;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.bson.Document;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * One running hub shared by the API tests of a test run, on a temporary data directory, with two cooperations
 * created as the demo loader would: by commands of the system actor, and accounts made with
 * {@code createActiveAccount}. Tests add what they need under names of their own.
 * <p>
 * Hauts-de-France ({@value #HDF}): centres 59 and 60, partners CNFPT and the Région; the technical committee
 * {@value #CODIR} and the steering committee {@value #COPIL}, to which the CNFPT is named. Bretagne ({@value #BZH}):
 * centre 35 and its administrator.
 */
public final class ApiWorld implements ExtensionContext.Store.CloseableResource {

    public static final String HDF = "hauts-de-france";
    public static final String BZH = "bretagne";
    public static final String CODIR = "codir";
    public static final String COPIL = "copil-formation";
    public static final String PASSWORD = "mot de passe des tests 2026";

    /** A person with an account: who they are in the log and how they sign in. */
    public record Person(String personId, String username) {
    }

    /** Administers Hauts-de-France (CDG 59). */
    public static final Person ADMIN_HDF = new Person("person-admin-hdf", "admin.hdf");
    /** Member of CDG 60, sits in the technical committee; no administration. */
    public static final Person MEMBER_HDF = new Person("person-member-hdf", "membre.hdf");
    /** Of the CNFPT, sits in the steering committee; the CNFPT is not named to the technical committee. */
    public static final Person PARTNER_HDF = new Person("person-partner-hdf", "partenaire.hdf");
    /** Administers Bretagne, and has nothing to do with Hauts-de-France. */
    public static final Person ADMIN_BZH = new Person("person-admin-bzh", "admin.bretagne");

    /** People of Hauts-de-France without an account, for the tests to seat, move and appoint. */
    public static final String REFERENT_HDF = "person-referent-hdf";
    public static final String NEWCOMER_HDF = "person-newcomer-hdf";
    public static final String LEAVER_HDF = "person-leaver-hdf";

    private final Path dataDirectory;
    private final RunningHub hub;

    private ApiWorld(Path dataDirectory, RunningHub hub) {
        this.dataDirectory = dataDirectory;
        this.hub = hub;
    }

    static ApiWorld start() {
        return startWith(List.of());
    }

    /**
     * A world of its own, its hub started with these more {@code --key=value} arguments (an SMTP server, say), for a
     * test class that cannot share the common one; the test closes it.
     */
    public static ApiWorld startWith(List<String> moreArguments) {
        return startWith(moreArguments, context -> { });
    }

    /** As {@link #startWith(List)}, with beans of the test's own (a clock it moves). */
    public static ApiWorld startWith(List<String> moreArguments,
                                     java.util.function.Consumer<org.springframework.context.support.GenericApplicationContext> extraBeans) {
        try {
            Path data = Files.createTempDirectory("entente-api-tests");
            // many tests sign in from 127.0.0.1: the per-address throttle is tested on its own (SignInThrottleTest)
            List<String> arguments = new ArrayList<>(List.of("--entente.security.max-failed-sign-ins-per-address=1000"));
            arguments.addAll(moreArguments);
            RunningHub hub = RunningHub.start(data, RunningHub.freshDatabaseName(), extraBeans, arguments);
            ApiWorld world = new ApiWorld(data, hub);
            world.seed();
            return world;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return hub.port();
    }

    public RunningHub hub() {
        return hub;
    }

    public <T> T bean(Class<T> type) {
        return hub.bean(type);
    }

    public ApiClient signedIn(Person person) {
        return ApiClient.signedIn(port(), person.username(), PASSWORD);
    }

    /**
     * How many events the log holds, once every event processor has handled all of them: the hub's own reactions to
     * an event (the forum's spaces following a body's roster) append events a moment after the one that caused them,
     * and a test comparing counts around a refusal must not see those arrive in between.
     */
    public long eventCount() {
        MongoCollection<Document> events = bean(MongoDatabase.class).getCollection(MongoEventStorageEngine.EVENTS);
        ReadModels readModels = bean(ReadModels.class);
        long head = headOf(events);
        for (int round = 0; round < 10; round++) {
            readModels.awaitProcessedByAll(head, Duration.ofSeconds(10));
            long now = headOf(events);
            if (now == head) {
                break;
            }
            head = now;
        }
        return events.countDocuments();
    }

    private static long headOf(MongoCollection<Document> events) {
        Document last = events.find().projection(new Document("_id", 1)).sort(new Document("_id", -1)).limit(1).first();
        return last == null ? -1 : ((Number) last.get("_id")).longValue();
    }

    /** Sends a command as the hub itself. */
    public void asSystem(String cooperationId, Object command) {
        bean(CommandGateway.class).sendAndWait(
                GenericCommandMessage.asCommandMessage(command).andMetaData(Actor.system(cooperationId).toMetaData()));
    }

    public Optional<MembershipView> membership(String cooperationId, String personId) {
        return bean(QueryGateway.class).query(new FindMembershipQuery(cooperationId, personId),
                                              ResponseTypes.optionalInstanceOf(MembershipView.class)).join();
    }

    /** The value once the probe finds it, within 30 s. */
    public static <T> T eventually(Supplier<Optional<T>> probe) {
        return eventually(probe, java.time.Duration.ofSeconds(30));
    }

    /** As {@link #eventually(Supplier)}, for a wait known to be long (thousands of events on a busy machine). */
    public static <T> T eventually(Supplier<Optional<T>> probe, java.time.Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<T> value = probe.get();
            if (value.isPresent()) {
                return value.get();
            }
            try {
                TimeUnit.MILLISECONDS.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("not reached within " + patience);
    }

    private void seed() {
        asSystem(HDF, new CreateCooperationCommand(HDF, "Coopération des CDG des Hauts-de-France", "Hauts-de-France"));
        asSystem(HDF, new AddMemberCentreCommand(HDF, "59", "CDG du Nord"));
        asSystem(HDF, new AddMemberCentreCommand(HDF, "60", "CDG de l'Oise"));
        asSystem(HDF, new AddPartnerOrganisationCommand(HDF, "cnfpt", "CNFPT Hauts-de-France"));
        asSystem(HDF, new AddPartnerOrganisationCommand(HDF, "region-hdf", "Région Hauts-de-France"));
        register(HDF, ADMIN_HDF.personId(), "cdg-59");
        register(HDF, MEMBER_HDF.personId(), "cdg-60");
        register(HDF, PARTNER_HDF.personId(), "cnfpt");
        register(HDF, REFERENT_HDF, "cdg-59");
        register(HDF, NEWCOMER_HDF, "cdg-60");
        register(HDF, LEAVER_HDF, "cdg-60");
        asSystem(HDF, new AppointAdministratorCommand(HDF, ADMIN_HDF.personId()));
        asSystem(HDF, new CreateBodyCommand(HDF, CODIR, BodyKind.TECHNICAL_COMMITTEE, null));
        asSystem(HDF, new CreateBodyCommand(HDF, COPIL, BodyKind.STEERING_COMMITTEE, "Comité de pilotage du partenariat formation"));
        asSystem(HDF, new NamePartnerToBodyCommand(HDF, COPIL, "cnfpt"));
        asSystem(HDF, new AddBodyMemberCommand(HDF, CODIR, MEMBER_HDF.personId(), BodyRole.MEMBER));
        asSystem(HDF, new AddBodyMemberCommand(HDF, CODIR, REFERENT_HDF, BodyRole.MEMBER));
        asSystem(HDF, new AddBodyMemberCommand(HDF, CODIR, LEAVER_HDF, BodyRole.MEMBER));
        asSystem(HDF, new AddBodyMemberCommand(HDF, COPIL, PARTNER_HDF.personId(), BodyRole.MEMBER));

        asSystem(BZH, new CreateCooperationCommand(BZH, "Coopération des CDG de Bretagne", "Bretagne"));
        asSystem(BZH, new AddMemberCentreCommand(BZH, "35", "CDG d'Ille-et-Vilaine"));
        register(BZH, ADMIN_BZH.personId(), "cdg-35");
        asSystem(BZH, new AppointAdministratorCommand(BZH, ADMIN_BZH.personId()));

        PersonAccounts accounts = bean(PersonAccounts.class);
        accounts.createActiveAccount(ADMIN_HDF.personId(), ADMIN_HDF.username(), "Claire Martin", "claire.martin@cdg59.fr", PASSWORD);
        accounts.createActiveAccount(MEMBER_HDF.personId(), MEMBER_HDF.username(), "Marc Petit", "marc.petit@cdg60.fr", PASSWORD);
        accounts.createActiveAccount(PARTNER_HDF.personId(), PARTNER_HDF.username(), "Nadia Benali", "nadia.benali@cnfpt.fr", PASSWORD);
        accounts.createActiveAccount(ADMIN_BZH.personId(), ADMIN_BZH.username(), "Yann Le Gall", "yann.legall@cdg35.fr", PASSWORD);

        eventually(() -> membership(HDF, PARTNER_HDF.personId()).filter(view -> !view.bodies().isEmpty()));
        eventually(() -> membership(BZH, ADMIN_BZH.personId()).filter(MembershipView::administrator));
    }

    private void register(String cooperationId, String personId, String organisationId) {
        asSystem(cooperationId, new RegisterPersonCommand(cooperationId, personId, organisationId));
    }

    @Override
    public void close() {
        hub.close();
        try (Stream<Path> files = Files.walk(dataDirectory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
