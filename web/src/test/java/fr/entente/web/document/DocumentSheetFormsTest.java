package fr.entente.web.document;

import com.fasterxml.jackson.databind.JsonNode;
import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.SharedApiWorld;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

import static fr.entente.web.document.DocumentCorner.*;
import static fr.entente.web.testing.ApiWorld.HDF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The document's page (its *Fiche*): an earlier version restored as the current one, the document moved to another
 * folder, and a restoration decided from a version someone has since replaced refused with its reason on the page;
 * someone who only reads the folder gets neither form.
 */
@ExtendWith(SharedApiWorld.class)
class DocumentSheetFormsTest {

    private ApiClient referent;
    private ApiClient officer;

    @BeforeEach
    void seat(ApiWorld world) {
        DocumentCorner.seat(world);
        referent = world.signedIn(REFERENT_A);
        officer = world.signedIn(OFFICER);
    }

    @Test
    void aVersionIsRestoredAndTheDocumentMovedFromItsPage() {
        byte[] first = "première version".getBytes();
        String documentId = uploaded(referent, null, "Note fiche.txt", first).path("documentId").asText();
        assertThat(referent.multipart(D + "/documents/" + documentId + "/versions", Map.of("basedOnVersion", "1"),
                                      "Note fiche.txt", "seconde version".getBytes()).status()).isEqualTo(201);
        String target = folder(referent, null, "Destination fiche");
        String sheet = "/cooperations/" + HDF + "/documents/" + SPACE + "/fichiers/" + documentId;
        assertThat(referent.getPage(sheet + "/fiche").body()).contains("Rétablir", "Déplacer le document",
                                                                        "Destination fiche");

        ApiClient.Response restored = referent.form(sheet + "/versions/1/retablissement", Map.of("basedOnVersion", "2"),
                                                    "text/html");
        assertThat(restored.status()).isEqualTo(302);
        assertThat(referent.getPage(sheet + "/fiche").body()).contains("La version 1 est rétablie : c’est maintenant la version 3.");
        JsonNode versions = referent.get(D + "/documents/" + documentId).json().path("versions");
        assertThat(versions).hasSize(3);
        assertThat(versions.get(2).path("sha256").asText()).isEqualTo(sha256(first));

        ApiClient.Response stale = referent.form(sheet + "/versions/1/retablissement", Map.of("basedOnVersion", "2"),
                                                 "text/html");
        assertThat(stale.status()).isEqualTo(302);
        assertThat(referent.getPage(sheet + "/fiche").body()).contains("le document en est à la version 3");

        ApiClient.Response moved = referent.form(sheet + "/dossier", Map.of("folderId", target), "text/html");
        assertThat(moved.status()).isEqualTo(302);
        assertThat(referent.getPage(sheet + "/fiche").body()).contains("Le document est déplacé.");
        assertThat(referent.get(D + "/documents/" + documentId).json().path("folderId").asText()).isEqualTo(target);
    }

    @Test
    void someoneWhoOnlyReadsTheFolderGetsNeitherForm() {
        String published = folder(officer, null, "Publié fiche");
        assertThat(officer.put(D + "/folders/" + published + "/rights",
                               "{\"restricted\":false,\"readOnlyIds\":[\"" + REFERENT_B.personId() + "\"]}").status())
                .isEqualTo(204);
        String documentId = uploaded(officer, published, "Publié.pdf", PDF).path("documentId").asText();
        String page = world().signedIn(REFERENT_B).getPage("/cooperations/" + HDF + "/documents/" + SPACE + "/fichiers/"
                                                            + documentId + "/fiche").body();
        assertThat(page).contains("Publié.pdf").doesNotContain("Déplacer le document", "Envoyer à lire");
    }

    private ApiWorld world;

    @BeforeEach
    void keep(ApiWorld world) {
        this.world = world;
    }

    private ApiWorld world() {
        return world;
    }
}
