package fr.entente.web.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import fr.entente.cooperation.api.AddBodyMemberCommand;
import fr.entente.cooperation.api.BodyKind;
import fr.entente.cooperation.api.BodyRole;
import fr.entente.cooperation.api.CreateBodyCommand;
import fr.entente.cooperation.api.RegisterPersonCommand;
import fr.entente.infra.logchain.LogChain;
import fr.entente.infra.mongo.MongoStore;
import fr.entente.infra.security.PersonAccounts;
import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ApiClient.Response;
import fr.entente.web.testing.ApiWorld;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static fr.entente.web.testing.ApiWorld.ADMIN_BZH;
import static fr.entente.web.testing.ApiWorld.ADMIN_HDF;
import static fr.entente.web.testing.ApiWorld.HDF;
import static fr.entente.web.testing.ApiWorld.MEMBER_HDF;
import static fr.entente.web.testing.ApiWorld.PARTNER_HDF;
import static fr.entente.web.testing.ApiWorld.PASSWORD;
import static fr.entente.web.testing.ApiWorld.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The log's proof through the running hub, on a world of its own (it tampers with its log): the directors and the
 * administrators read it, a referent is refused, another cooperation sees nothing; the log verifies, the day's
 * checkpoint verifies outside the hub with the public key; {@code verify-log} agrees, reading the running hub's store,
 * with a checkpoint a director kept; then an event altered in the store is named by the API, the page and the command
 * line, and a kept checkpoint changed by hand is refused.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LogProofTest {

    private static final String AUDIT = "/api/cooperations/" + HDF + "/audit";
    private static final ApiWorld.Person REFERENT = new ApiWorld.Person("person-referent-audit", "referent.audit");
    private static ApiWorld world;

    @TempDir
    static Path kept;

    @BeforeAll
    static void aWorldWithAReferentOfAWorkingGroup() {
        world = ApiWorld.startWith(List.of());
        world.asSystem(HDF, new CreateBodyCommand(HDF, "gt-audit", BodyKind.WORKING_GROUP, "Groupe de travail audit"));
        world.asSystem(HDF, new RegisterPersonCommand(HDF, REFERENT.personId(), "cdg-59"));
        world.asSystem(HDF, new AddBodyMemberCommand(HDF, "gt-audit", REFERENT.personId(), BodyRole.MEMBER));
        world.bean(PersonAccounts.class).createActiveAccount(REFERENT.personId(), REFERENT.username(), "Rémi Audit",
                                                             "referent.audit@example.fr", PASSWORD);
        eventually(() -> world.membership(HDF, REFERENT.personId()).filter(membership -> !membership.bodies().isEmpty()));
    }

    @AfterAll
    static void stop() {
        world.close();
    }

    @Test
    @Order(1)
    void theDirectorsAndTheAdministratorsReadTheProofAReferentIsRefusedAnotherCooperationSeesNothing() {
        for (ApiWorld.Person reader : List.of(MEMBER_HDF, PARTNER_HDF, ADMIN_HDF)) {
            assertThat(world.signedIn(reader).get(AUDIT + "/checkpoints").status()).as(reader.username()).isEqualTo(200);
        }
        ApiClient referent = world.signedIn(REFERENT);
        Response refused = referent.post(AUDIT + "/verification", "");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().path("code").asText()).isEqualTo("audit.directors-only");
        assertThat(refused.json().path("detail").asText()).contains("réservé aux directeurs");
        assertThat(referent.getPage("/cooperations/" + HDF + "/journal/preuve").status()).isEqualTo(403);
        assertThat(world.signedIn(ADMIN_BZH).get(AUDIT + "/public-key").status()).isEqualTo(404);
        assertThat(world.signedIn(ADMIN_BZH).getPage("/cooperations/" + HDF + "/journal/preuve").status()).isEqualTo(404);

        assertThat(world.signedIn(MEMBER_HDF).getPage("/").body()).contains("Journal d’audit");
        assertThat(referent.getPage("/").body()).doesNotContain("Journal d’audit");
    }

    @Test
    @Order(2)
    void theLogVerifiesAndTheDaysCheckpointVerifiesOutsideTheHubWithThePublicKey() throws Exception {
        ApiClient director = world.signedIn(MEMBER_HDF);
        awaitChainedUpToTheLastEvent();
        JsonNode verification = director.post(AUDIT + "/verification", "").json();
        assertThat(verification.path("intact").asBoolean()).as(verification.toString()).isTrue();
        assertThat(verification.path("entriesChecked").asLong()).isGreaterThan(20);
        assertThat(verification.path("checkpointsChecked").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(director.get(AUDIT + "/verification").json().path("verifiedAt").asText())
                .isEqualTo(verification.path("verifiedAt").asText());

        String today = LocalDate.now(ZoneId.of("Europe/Paris")).toString();
        assertThat(director.get(AUDIT + "/checkpoints").json().get(0).path("day").asText()).isEqualTo(today);
        Response file = director.get(AUDIT + "/checkpoints/" + today);
        assertThat(file.status()).isEqualTo(200);
        JsonNode checkpoint = file.json();
        String pem = director.get(AUDIT + "/public-key").body();
        assertThat(pem).startsWith("-----BEGIN PUBLIC KEY-----");
        Signature ed25519 = Signature.getInstance("Ed25519");
        ed25519.initVerify(KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(
                Base64.getDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "")))));
        ed25519.update(checkpoint.path("signedText").asText().getBytes(StandardCharsets.UTF_8));
        assertThat(ed25519.verify(Base64.getDecoder().decode(checkpoint.path("signature").asText()))).isTrue();
        assertThat(checkpoint.path("signedText").asText()).contains("position=" + checkpoint.path("position").asLong());

        Response unknown = director.get(AUDIT + "/checkpoints/2020-01-01");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().path("code").asText()).isEqualTo("audit.checkpoint-unknown");
        assertThat(director.get(AUDIT + "/checkpoints/pas-une-date").status()).isEqualTo(404);

        String page = director.getPage("/cooperations/" + HDF + "/journal/preuve").body();
        assertThat(page).contains("Le journal est intact", "BEGIN PUBLIC KEY", "Télécharger le point de contrôle du");

        Files.writeString(kept.resolve("public-key.pem"), pem);
        Files.writeString(kept.resolve("checkpoint.json"), file.body());
        CommandLine run = verifyLog("--public-key=" + kept.resolve("public-key.pem"), "--checkpoint=" + kept.resolve("checkpoint.json"));
        assertThat(run.status()).as(run.output()).isZero();
        assertThat(run.output()).contains("through the running hub's embedded server", "INTACT");
        assertThat(checkpointsMatched(run.output())).as("the hub's and the one kept").isGreaterThanOrEqualTo(2);
    }

    @Test
    @Order(3)
    void anEventAlteredInTheStoreIsNamedByTheApiThePageAndTheCommandLine() {
        MongoDatabase database = world.bean(MongoDatabase.class);
        Document event = database.getCollection("events").find(Filters.exists("payloadType"))
                                 .sort(Sorts.ascending("_id")).skip(10).first();
        long position = event.get("_id", Number.class).longValue();
        database.getCollection("events").updateOne(Filters.eq("_id", position), Updates.set("metaData.actorId", "person-forged"));

        ApiClient administrator = world.signedIn(ADMIN_HDF);
        JsonNode verification = administrator.post(AUDIT + "/verification", "").json();
        assertThat(verification.path("intact").asBoolean()).isFalse();
        assertThat(verification.path("problem").path("kind").asText()).isEqualTo("ALTERED");
        assertThat(verification.path("problem").path("position").asText()).isEqualTo(Long.toString(position));
        assertThat(administrator.getPage("/cooperations/" + HDF + "/journal/preuve").body())
                .contains("L’entrée à la position " + position + " a été modifiée depuis son écriture.");

        CommandLine run = verifyLog("--public-key=" + kept.resolve("public-key.pem"));
        assertThat(run.status()).as(run.output()).isEqualTo(1);
        assertThat(run.output()).contains("PROBLEM: ALTERED at position " + position);
    }

    @Test
    @Order(4)
    void aKeptCheckpointChangedByHandIsRefused() throws Exception {
        Path checkpoint = kept.resolve("checkpoint.json");
        String original = Files.readString(checkpoint);
        int link = original.indexOf("\"linkHex\":\"") + "\"linkHex\":\"".length();
        String changed = original.substring(0, link) + (original.charAt(link) == '0' ? '1' : '0') + original.substring(link + 1);
        assertThat(changed).as("the kept file, changed").isNotEqualTo(original);
        Files.writeString(checkpoint, changed);
        CommandLine run = verifyLog("--public-key=" + kept.resolve("public-key.pem"), "--checkpoint=" + checkpoint);
        assertThat(run.status()).as(run.output()).isEqualTo(1);
        assertThat(run.output()).contains("PROBLEM: CHECKPOINT_FORGED");
        assertThat(verifyLog("--no-such-option").status()).isEqualTo(2);
    }

    @Test
    @Order(5)
    void withTheHubStoppedTheCommandLineOpensTheStoreItself() {
        String description = world.bean(MongoStore.class).description();
        Path data = Path.of(description.substring(description.indexOf("data in ") + "data in ".length()));
        String database = world.bean(MongoDatabase.class).getName();
        world.hub().close();
        CommandLine run = CommandLine.run(data, 0, database, "--public-key=" + kept.resolve("public-key.pem"));
        assertThat(run.output()).contains("the hub is not running", "PROBLEM: ALTERED");
        assertThat(run.status()).isEqualTo(1);
    }

    private static void awaitChainedUpToTheLastEvent() {
        MongoDatabase database = world.bean(MongoDatabase.class);
        long last = database.getCollection("events").find().sort(Sorts.descending("_id")).first().get("_id", Number.class).longValue();
        eventually(() -> world.bean(LogChain.class).head().filter(head -> head.position() >= last));
    }

    private static long checkpointsMatched(String output) {
        Matcher matcher = Pattern.compile("(\\d+) checkpoint\\(s\\) matched").matcher(output);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : -1;
    }

    private static CommandLine verifyLog(String... options) {
        String description = world.bean(MongoStore.class).description();
        Matcher port = Pattern.compile("127\\.0\\.0\\.1:(\\d+)").matcher(description);
        assertThat(port.find()).as(description).isTrue();
        Path data = Path.of(description.substring(description.indexOf("data in ") + "data in ".length()));
        return CommandLine.run(data, Integer.parseInt(port.group(1)), world.bean(MongoDatabase.class).getName(), options);
    }

    /** {@code java -jar entente.jar verify-log …}, run in this JVM. */
    private record CommandLine(int status, String output) {

        static CommandLine run(Path data, int port, String database, String... options) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            List<String> arguments = new ArrayList<>(List.of("--data=" + data, "--port=" + port, "--database=" + database));
            arguments.addAll(List.of(options));
            int status = VerifyLogCommandLine.run(arguments.toArray(String[]::new), Map.of(),
                                                  new PrintStream(out, true, StandardCharsets.UTF_8));
            return new CommandLine(status, out.toString(StandardCharsets.UTF_8));
        }
    }
}
