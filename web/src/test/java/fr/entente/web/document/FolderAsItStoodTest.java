package fr.entente.web.document;

import com.fasterxml.jackson.databind.JsonNode;
import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ApiClient.Response;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.SharedApiWorld;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static fr.entente.web.document.DocumentCorner.*;
import static fr.entente.web.testing.ApiWorld.ADMIN_BZH;
import static fr.entente.web.testing.ApiWorld.HDF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A scripted folder seen as it stood at several instants, through the API and its page: before it was created (404),
 * created and empty, with a document's first version, then after a second version and the renaming of the document
 * and of the folder, each instant showing the names and versions of then; a document moved out since is still in it
 * at the earlier instant. The page "état au" shows it with no form and no live script; a malformed instant is refused
 * (400) naming {@code at}; another cooperation 404.
 */
@ExtendWith(SharedApiWorld.class)
class FolderAsItStoodTest {

    @Test
    void theFolderAsItStoodShowsTheNamesAndVersionsOfThen(ApiWorld world) throws Exception {
        DocumentCorner.seat(world);
        ApiClient referent = world.signedIn(REFERENT_A);
        Instant beforeAll = pause();
        String folderId = folder(referent, null, "Archives de l'état");
        String folder = D + "/folders/" + folderId;
        Instant created = pause();
        String documentId = uploaded(referent, folderId, "Relevé état.txt", "première".getBytes()).path("documentId").asText();
        String movedId = uploaded(referent, folderId, "Annexe état.txt", "annexe".getBytes()).path("documentId").asText();
        Instant firstVersion = pause();
        assertThat(referent.multipart(D + "/documents/" + documentId + "/versions", Map.of("basedOnVersion", "1"),
                                      "Relevé état.txt", "seconde".getBytes()).status()).isEqualTo(201);
        assertThat(referent.put(D + "/documents/" + documentId + "/name", "{\"name\":\"Relevé définitif.txt\"}").status())
                .isEqualTo(204);
        assertThat(referent.put(folder + "/name", "{\"name\":\"Archives renommées\"}").status()).isEqualTo(204);
        assertThat(referent.put(D + "/documents/" + movedId + "/folder", "{\"folderId\":null}").status()).isEqualTo(204);
        Instant renamed = pause();

        assertThat(referent.get(folder + "/as-it-stood?at=" + encoded(beforeAll)).status()).as("before it was created")
                                                                                          .isEqualTo(404);
        JsonNode empty = referent.get(folder + "/as-it-stood?at=" + encoded(created)).json();
        assertThat(empty.path("name").asText()).isEqualTo("Archives de l'état");
        assertThat(empty.path("documents")).isEmpty();

        JsonNode then = referent.get(folder + "/as-it-stood?at=" + encoded(firstVersion)).json();
        assertThat(then.path("name").asText()).isEqualTo("Archives de l'état");
        assertThat(then.path("documents")).hasSize(2);
        JsonNode first = then.path("documents").get(1);
        assertThat(first.path("documentId").asText()).isEqualTo(documentId);
        assertThat(first.path("name").asText()).isEqualTo("Relevé état.txt");
        assertThat(first.path("version").asInt()).isEqualTo(1);
        assertThat(first.path("versions")).hasSize(1);
        assertThat(then.path("documents").get(0).path("name").asText()).as("the document moved out since")
                                                                    .isEqualTo("Annexe état.txt");

        JsonNode now = referent.get(folder + "/as-it-stood?at=" + encoded(renamed)).json();
        assertThat(now.path("name").asText()).isEqualTo("Archives renommées");
        assertThat(now.path("documents")).hasSize(1);
        assertThat(now.path("documents").get(0).path("name").asText()).isEqualTo("Relevé définitif.txt");
        assertThat(now.path("documents").get(0).path("version").asInt()).isEqualTo(2);
        assertThat(now.path("documents").get(0).path("versions").get(1).path("sha256").asText())
                .isEqualTo(sha256("seconde".getBytes()));

        Response malformed = referent.get(folder + "/as-it-stood?at=hier");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.isProblem()).isTrue();
        assertThat(malformed.json().path("detail").asText()).contains("at");
        assertThat(world.signedIn(ADMIN_BZH).get(folder + "/as-it-stood?at=" + encoded(renamed)).status())
                .as("another cooperation").isEqualTo(404);
        assertThat(world.signedIn(ADMIN_BZH).get("/api/cooperations/" + ApiWorld.BZH + "/documents/spaces/" + SPACE
                                                 + "/folders/" + folderId + "/as-it-stood?at=" + encoded(renamed)).status())
                .as("through another cooperation").isEqualTo(404);
        assertThat(referent.get(D + "/as-it-stood?at=" + encoded(firstVersion)).json().path("folders").toString())
                .as("the root then lists the folder under its name of then").contains("Archives de l'état");

        String pages = "/cooperations/" + HDF + "/documents/" + SPACE + "/dossiers/" + folderId;
        String page = referent.getPage(pages + "/etat?le=" + local(firstVersion)).body();
        assertThat(page).contains("id=\"etat-au\"", "État au", "Relevé état.txt", "Annexe état.txt", "Archives de l")
                        .doesNotContain("Relevé définitif.txt", "Archives renommées", "documents.js", "documents-donnees",
                                        "enctype=\"multipart/form-data\"", "/corbeille\"", "id=\"etat-form\"");
        assertThat(referent.getPage(pages + "/etat?le=" + local(beforeAll)).status()).as("before it was created")
                                                                                    .isEqualTo(404);
        assertThat(referent.getPage(pages).body()).as("today's page offers it").contains("id=\"etat-form\"", pages + "/etat");
        assertThat(world.signedIn(ADMIN_BZH).getPage(pages + "/etat?le=" + local(renamed)).status()).isEqualTo(404);
        String root = "/cooperations/" + HDF + "/documents/" + SPACE;
        assertThat(referent.getPage(root).body()).as("the root's page offers it too").contains(root + "/etat\"");
        assertThat(referent.getPage(root + "/etat?le=" + local(firstVersion)).body())
                .as("the root then, its folder under its name of then, linked as it stood")
                .contains("id=\"etat-au\"", "Archives de l", pages + "/etat?le=");
    }

    /** An instant after what was just done and before what comes next. */
    private static Instant pause() throws InterruptedException {
        Thread.sleep(1_100);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Thread.sleep(1_100);
        return now;
    }

    private static String encoded(Instant instant) {
        return URLEncoder.encode(instant.toString(), StandardCharsets.UTF_8);
    }

    private static String local(Instant instant) {
        return instant.atZone(ZoneId.of("Europe/Paris")).toLocalDateTime().truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
