package fr.entente.web.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import fr.entente.cooperation.api.AddBodyMemberCommand;
import fr.entente.cooperation.api.BodyKind;
import fr.entente.cooperation.api.BodyRole;
import fr.entente.cooperation.api.CreateBodyCommand;
import fr.entente.cooperation.api.RegisterPersonCommand;
import fr.entente.forum.api.SpaceIds;
import fr.entente.forum.api.SpaceRole;
import fr.entente.forum.api.SpaceRoster;
import fr.entente.infra.security.PersonAccounts;
import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ApiClient.Response;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.ApiWorld.Person;
import org.bson.Document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import static fr.entente.web.testing.ApiWorld.HDF;
import static fr.entente.web.testing.ApiWorld.PASSWORD;
import static fr.entente.web.testing.ApiWorld.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documents tests' corner of an {@link ApiWorld}: a working group of Hauts-de-France, {@value #BODY}, seated by
 * the system (its officer, who moderates its space, and two referents), whose forum space has its documents.
 * Helpers upload, create folders and count what GridFS holds.
 */
final class DocumentCorner {

    static final String BODY = "gt-documents";
    static final String SPACE = SpaceIds.ofBody(HDF, BODY);
    static final String D = "/api/cooperations/" + HDF + "/documents/spaces/" + SPACE;

    static final Person OFFICER = new Person("person-officer-docs", "officier.docs");
    static final Person REFERENT_A = new Person("person-referent-a-docs", "referent.a.docs");
    static final Person REFERENT_B = new Person("person-referent-b-docs", "referent.b.docs");

    /** The first bytes of a PDF: enough for the hub to detect one. */
    static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    /** The start of a Windows program (an MZ header, then the PE signature's place). */
    static final byte[] WINDOWS_PROGRAM = windowsProgram();

    private static final Set<ApiWorld> SEATED = Collections.newSetFromMap(new IdentityHashMap<>());

    private DocumentCorner() {
    }

    static synchronized void seat(ApiWorld world) {
        if (SEATED.contains(world)) {
            return;
        }
        world.asSystem(HDF, new CreateBodyCommand(HDF, BODY, BodyKind.WORKING_GROUP, "Groupe de travail des documents"));
        seatPerson(world, OFFICER, "cdg-59", BodyRole.OFFICER, "Odile Documents");
        seatPerson(world, REFERENT_A, "cdg-59", BodyRole.MEMBER, "Aurélien Dépôt");
        seatPerson(world, REFERENT_B, "cdg-60", BodyRole.MEMBER, "Bérénice Lecture");
        SpaceRoster roster = world.bean(SpaceRoster.class);
        eventually(() -> roster.roleOf(HDF, SPACE, OFFICER.personId()).filter(SpaceRole.MODERATOR::equals));
        eventually(() -> roster.roleOf(HDF, SPACE, REFERENT_A.personId()));
        eventually(() -> roster.roleOf(HDF, SPACE, REFERENT_B.personId()));
        SEATED.add(world);
    }

    private static void seatPerson(ApiWorld world, Person person, String organisationId, BodyRole role, String name) {
        world.asSystem(HDF, new RegisterPersonCommand(HDF, person.personId(), organisationId));
        world.asSystem(HDF, new AddBodyMemberCommand(HDF, BODY, person.personId(), role));
        world.bean(PersonAccounts.class).createActiveAccount(person.personId(), person.username(), name,
                                                             person.username() + "@example.fr", PASSWORD);
    }

    static Response upload(ApiClient client, String folderId, String name, byte[] content) {
        return client.multipart(D + "/documents", folderId == null ? Map.of() : Map.of("folderId", folderId), name, content);
    }

    /** Uploads and returns the answer's JSON, the upload accepted. */
    static JsonNode uploaded(ApiClient client, String folderId, String name, byte[] content) {
        Response response = upload(client, folderId, name, content);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }

    static String folder(ApiClient client, String parentFolderId, String name) {
        ObjectNodeBuilder body = new ObjectNodeBuilder().put("name", name).put("parentFolderId", parentFolderId);
        Response response = client.post(D + "/folders", body.toString());
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().path("folderId").asText();
    }

    static long chunks(ApiWorld world) {
        return world.bean(MongoDatabase.class).getCollection(DocumentFiles.BUCKET + ".chunks").countDocuments();
    }

    static long files(ApiWorld world) {
        return world.bean(MongoDatabase.class).getCollection(DocumentFiles.BUCKET + ".files").countDocuments(new Document());
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A problem with this status and code, nothing added to the log nor to GridFS. */
    static JsonNode refused(ApiWorld world, long eventsBefore, long chunksBefore, Response response, int status,
                            String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.isProblem()).as(response.toString()).isTrue();
        JsonNode problem = response.json();
        assertThat(problem.path("code").asText()).as(response.toString()).isEqualTo(code);
        assertThat(problem.path("detail").asText()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception", "at fr.entente", "at org.");
        assertThat(world.eventCount()).as("events after a refusal").isEqualTo(eventsBefore);
        assertThat(chunks(world)).as("GridFS chunks after a refusal").isEqualTo(chunksBefore);
        return problem;
    }

    private static byte[] windowsProgram() {
        byte[] program = new byte[1024];
        program[0] = 'M';
        program[1] = 'Z';
        program[0x3c] = (byte) 0x80;
        program[0x80] = 'P';
        program[0x81] = 'E';
        return program;
    }

    /** A small JSON object whose null values are written as null. */
    static final class ObjectNodeBuilder {
        private final com.fasterxml.jackson.databind.node.ObjectNode node = ApiClient.JSON.createObjectNode();

        ObjectNodeBuilder put(String name, String value) {
            node.put(name, value);
            return this;
        }

        @Override
        public String toString() {
            return node.toString();
        }
    }
}
