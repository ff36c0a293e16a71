package fr.entente.web.document;

import com.fasterxml.jackson.databind.JsonNode;
import fr.entente.cooperation.api.AddBodyMemberCommand;
import fr.entente.cooperation.api.BodyKind;
import fr.entente.cooperation.api.BodyRole;
import fr.entente.cooperation.api.CreateBodyCommand;
import fr.entente.cooperation.api.RegisterPersonCommand;
import fr.entente.document.api.DocumentAccess;
import fr.entente.forum.api.SpaceIds;
import fr.entente.infra.security.PersonAccounts;
import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.ApiWorld.Person;
import fr.entente.web.testing.SharedApiWorld;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static fr.entente.web.testing.ApiWorld.HDF;
import static fr.entente.web.testing.ApiWorld.PASSWORD;
import static fr.entente.web.testing.ApiWorld.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A document's page offers "Historique" to a reader of the audit trail (a member of a technical committee who sits
 * in the working group whose space holds the document): the trail narrowed to that document's acts, its upload,
 * version and rename, and no other document's. A member of the working group who does not read the trail sees the
 * same page without the link.
 */
@ExtendWith(SharedApiWorld.class)
class DocumentHistoryTest {

    /** Bodies and people no other test creates: a working group, and a technical committee seating its officer. */
    private static final String GROUP = "gt-documents-historique";
    private static final String COMMITTEE = "ct-documents-historique";
    private static final String SPACE = SpaceIds.ofBody(HDF, GROUP);
    private static final String D = "/api/cooperations/" + HDF + "/documents/spaces/" + SPACE;
    private static final Person DIRECTOR = new Person("person-director-docs-historique", "directrice.docs.historique");
    private static final Person REFERENT = new Person("person-referent-docs-historique", "referent.docs.historique");

    @Test
    void aTrailReaderFollowsTheDocumentsHistoriqueAndAReferentSeesNone(ApiWorld world) {
        seat(world);
        ApiClient director = world.signedIn(DIRECTOR);
        ApiClient referent = world.signedIn(REFERENT);
        String documentId = uploaded(referent, "Bilan historique.txt", "première version");
        assertThat(referent.multipart(D + "/documents/" + documentId + "/versions", Map.of("basedOnVersion", "1"),
                                      "Bilan historique.txt", "seconde version".getBytes()).status()).isEqualTo(201);
        assertThat(referent.put(D + "/documents/" + documentId + "/name", "{\"name\":\"Bilan renommé.txt\"}").status())
                .isEqualTo(204);
        String otherId = uploaded(referent, "Autre historique.txt", "autre");

        String sheet = "/cooperations/" + HDF + "/documents/" + SPACE + "/fichiers/" + documentId + "/fiche";
        String history = "/cooperations/" + HDF + "/journal?subject=" + documentId;
        assertThat(director.getPage(sheet).body()).contains("id=\"historique\"", "Historique", history);
        assertThat(referent.getPage(sheet).body()).as("a referent does not read the trail")
                                                  .contains("Bilan renommé.txt")
                                                  .doesNotContain("id=\"historique\"", "journal?subject=");

        JsonNode acts = eventually(() -> Optional.of(director.get("/api/cooperations/" + HDF + "/audit/trail?subject=" + documentId)
                                                             .json().path("acts"))
                                                 .filter(found -> types(found).contains("DocumentRenamedEvent")));
        assertThat(types(acts)).as("the document's own acts, newest first")
                               .containsExactly("DocumentRenamedEvent", "DocumentVersionUploadedEvent", "DocumentUploadedEvent");
        assertThat(acts.toString()).doesNotContain(otherId);

        String page = director.getPage(history).body();
        assertThat(page).as("the trail's page, narrowed to the document")
                        .contains("Aurélien Historique a renommé un document en « Bilan renommé.txt »",
                                  "Aurélien Historique a déposé la version 2", "Aurélien Historique a déposé un document dans");
        assertThat(referent.get("/api/cooperations/" + HDF + "/audit/trail?subject=" + documentId).status())
                .as("the trail itself refuses a referent").isEqualTo(403);
    }

    private static String uploaded(ApiClient client, String name, String content) {
        ApiClient.Response response = client.multipart(D + "/documents", Map.of(), name, content.getBytes());
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().path("documentId").asText();
    }

    private static List<String> types(JsonNode acts) {
        List<String> types = new ArrayList<>();
        acts.forEach(act -> types.add(act.path("type").asText()));
        return types;
    }

    private static synchronized void seat(ApiWorld world) {
        if (world.bean(DocumentAccess.class).of(HDF, SPACE, null, REFERENT.personId()).writes()) {
            return;
        }
        world.asSystem(HDF, new CreateBodyCommand(HDF, GROUP, BodyKind.WORKING_GROUP, "Groupe de travail de l'historique"));
        world.asSystem(HDF, new CreateBodyCommand(HDF, COMMITTEE, BodyKind.TECHNICAL_COMMITTEE, "Comité technique de l'historique"));
        register(world, DIRECTOR, "Diane Historique");
        register(world, REFERENT, "Aurélien Historique");
        world.asSystem(HDF, new AddBodyMemberCommand(HDF, COMMITTEE, DIRECTOR.personId(), BodyRole.MEMBER));
        world.asSystem(HDF, new AddBodyMemberCommand(HDF, GROUP, DIRECTOR.personId(), BodyRole.OFFICER));
        world.asSystem(HDF, new AddBodyMemberCommand(HDF, GROUP, REFERENT.personId(), BodyRole.MEMBER));
        DocumentAccess access = world.bean(DocumentAccess.class);
        eventually(() -> Optional.of(access.of(HDF, SPACE, null, DIRECTOR.personId())).filter(granted -> granted.name().equals("MANAGE")));
        eventually(() -> Optional.of(access.of(HDF, SPACE, null, REFERENT.personId())).filter(granted -> granted.writes()));
    }

    private static void register(ApiWorld world, Person person, String name) {
        world.asSystem(HDF, new RegisterPersonCommand(HDF, person.personId(), "cdg-59"));
        world.bean(PersonAccounts.class).createActiveAccount(person.personId(), person.username(), name,
                                                             person.username() + "@example.fr", PASSWORD);
    }
}
