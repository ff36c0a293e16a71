package fr.entente.web.document;

import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ApiClient.Response;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.SharedApiWorld;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

import static fr.entente.web.document.DocumentCorner.*;
import static fr.entente.web.testing.ApiWorld.HDF;
import static fr.entente.web.testing.ApiWorld.MEMBER_HDF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documents' pages as a browser without JavaScript uses them, on the running hub: an upload through the page's
 * form, listed with its confirmation; a refused upload says why next to the form and stores nothing; a folder's rights
 * set through its form, after which the folder is a 404 page to those left out; rename, trash and restore through the
 * pages; a person outside the space gets the 404 page; the pages speak English too.
 */
@ExtendWith(SharedApiWorld.class)
class DocumentPagesTest {

    private static final String PAGES = "/cooperations/" + HDF + "/documents/" + SPACE;

    private ApiWorld world;
    private ApiClient officer;
    private ApiClient referentA;
    private ApiClient referentB;

    @BeforeEach
    void seat(ApiWorld world) {
        DocumentCorner.seat(world);
        this.world = world;
        officer = world.signedIn(OFFICER);
        referentA = world.signedIn(REFERENT_A);
        referentB = world.signedIn(REFERENT_B);
    }

    @Test
    void aFileUploadedThroughThePageIsListedWithTheConfirmation() {
        Response uploaded = referentA.multipart(PAGES + "/depots", Map.of("folderId", ""), "Relevé de propositions.pdf", PDF);

        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(302);
        assertThat(uploaded.location()).endsWith(PAGES);
        String page = referentA.getPage(PAGES).body();
        assertThat(page).contains("« Relevé de propositions.pdf » est déposé.", "Relevé de propositions.pdf",
                                  "par Aurélien Dépôt");
        assertThat(referentB.getPage(PAGES).body()).contains("Relevé de propositions.pdf");
    }

    @Test
    void aNewVersionThroughThePageIsListedWithTheEarlierOne() {
        String documentId = uploaded(referentA, null, "programme.txt", "v1".getBytes()).path("documentId").asText();

        Response version = referentB.multipart(PAGES + "/fichiers/" + documentId + "/versions",
                                               Map.of("basedOnVersion", "1", "folderId", ""), "programme-relu.txt",
                                               "v2".getBytes());

        assertThat(version.status()).as(version.toString()).isEqualTo(302);
        assertThat(referentB.getPage(PAGES).body()).contains("La version 2 de « programme-relu.txt » est déposée.");
        String page = referentA.getPage(PAGES).body();
        assertThat(page).contains("Versions (2)",
                                  "Version 1 : programme.txt", "Version 2 : programme-relu.txt", "par Bérénice Lecture");
        assertThat(referentA.getBytes(PAGES + "/fichiers/" + documentId + "?version=1", Map.of()).body())
                .isEqualTo("v1".getBytes());
    }

    @Test
    void aVersionRefusedBecauseAnotherCameFirstIsOfferedAgainFromItsKeptFile() {
        String documentId = uploaded(referentA, null, "calendrier-gardé.txt", "v1".getBytes()).path("documentId").asText();
        assertThat(referentA.multipart(D + "/documents/" + documentId + "/versions", Map.of("basedOnVersion", "1"),
                                       "calendrier-gardé.txt", "v2 de A".getBytes()).status()).isEqualTo(201);

        Response late = referentB.multipart(PAGES + "/fichiers/" + documentId + "/versions",
                                            Map.of("basedOnVersion", "1", "folderId", ""), "calendrier-gardé.txt",
                                            "v2 de B".getBytes());
        assertThat(late.status()).isEqualTo(302);
        String page = referentB.getPage(PAGES).body();
        assertThat(page).contains("id=\"reessai-version\"", "Votre version de « calendrier-gardé.txt » est gardée jusqu’au",
                                  "sur la version 2", "Réessayer avec le fichier gardé");
        java.util.regex.Matcher kept = java.util.regex.Pattern.compile("name=\"keptFileId\" value=\"([0-9a-f]+)\"")
                                                              .matcher(page);
        assertThat(kept.find()).as(page).isTrue();

        Response retried = referentB.form(PAGES + "/fichiers/" + documentId + "/versions/fichier-garde",
                                          Map.of("basedOnVersion", "2", "folderId", "", "keptFileId", kept.group(1)),
                                          "text/html");
        assertThat(retried.status()).isEqualTo(302);
        assertThat(referentB.getPage(PAGES).body()).contains("La version 3 de « calendrier-gardé.txt » est déposée.")
                                                   .doesNotContain("reessai-version");
        assertThat(referentB.getBytes(D + "/documents/" + documentId + "/content", Map.of()).body())
                .isEqualTo("v2 de B".getBytes());
    }

    @Test
    void aRefusedUploadSaysWhyNextToTheFormAndStoresNothing() {
        long events = world.eventCount();
        long chunks = chunks(world);

        Response refused = referentA.multipart(PAGES + "/depots", Map.of(), "vide.pdf", new byte[0]);

        assertThat(refused.status()).isEqualTo(302);
        assertThat(referentA.getPage(PAGES).body()).contains("Le fichier est vide (0 octet)");
        assertThat(world.eventCount()).isEqualTo(events);
        assertThat(chunks(world)).isEqualTo(chunks);
    }

    @Test
    void aFoldersRightsSetThroughItsFormCloseItToThoseLeftOut() {
        String folderId = folder(officer, null, "Réservé par la page");
        String folderPage = PAGES + "/dossiers/" + folderId;
        assertThat(officer.getPage(folderPage).body()).contains("Droits du dossier", "Aurélien Dépôt", "Bérénice Lecture");

        Response saved = officer.form(folderPage + "/droits", Map.of("mode", "reserve",
                                                                     "memberIds", REFERENT_A.personId()), "text/html");

        assertThat(saved.status()).as(saved.toString()).isEqualTo(302);
        assertThat(officer.getPage(folderPage).body()).contains("Les droits du dossier sont enregistrés.");
        assertThat(referentA.getPage(folderPage).status()).isEqualTo(200);
        assertThat(referentB.getPage(folderPage).status()).isEqualTo(404);
        assertThat(referentB.getPage(PAGES).body()).doesNotContain("Réservé par la page");
        assertThat(referentA.getPage(folderPage).body()).doesNotContain("Droits du dossier");
    }

    @Test
    void aDocumentIsRenamedTrashedAndRestoredThroughThePages() {
        String documentId = uploaded(referentA, null, "brouillon-page.txt", "texte".getBytes()).path("documentId").asText();
        String file = PAGES + "/fichiers/" + documentId;

        assertThat(referentB.form(file + "/nom", Map.of("name", "Étude relue.txt"), "text/html").status()).isEqualTo(302);
        assertThat(referentB.getPage(PAGES).body()).contains("Le document s’appelle maintenant « Étude relue.txt ».");

        assertThat(referentB.form(file + "/corbeille", Map.of("corbeille", "oui"), "text/html").status()).isEqualTo(302);
        assertThat(referentB.getPage(PAGES).body()).contains("Le document est à la corbeille.").doesNotContain("Étude relue.txt");
        assertThat(referentB.getPage(PAGES + "?corbeille=oui").body()).contains("Étude relue.txt", "Restaurer");

        Response restored = referentA.form(file + "/corbeille", Map.of("corbeille", "non"), "text/html");
        assertThat(restored.location()).endsWith("?corbeille=oui");
        assertThat(referentA.getPage(PAGES).body()).contains("Étude relue.txt");
    }

    @Test
    void aDocumentLockedThroughThePageShowsWhoHoldsIt() {
        String documentId = uploaded(referentA, null, "en-cours.txt", "texte".getBytes()).path("documentId").asText();
        String file = PAGES + "/fichiers/" + documentId;

        assertThat(referentA.form(file + "/verrou", Map.of("verrou", "oui"), "text/html").status()).isEqualTo(302);

        assertThat(referentA.getPage(PAGES).body()).contains("Le document est verrouillé", "Déverrouiller « en-cours.txt »");
        String othersPage = referentB.getPage(PAGES).body();
        assertThat(othersPage).contains("Verrouillé par Aurélien Dépôt depuis le");
        assertThat(othersPage).doesNotContain("Déverrouiller « en-cours.txt »");
        assertThat(referentA.form(file + "/verrou", Map.of("verrou", "non"), "text/html").status()).isEqualTo(302);
        assertThat(referentB.getPage(PAGES).body()).doesNotContain("Verrouillé par Aurélien Dépôt");
    }

    @Test
    void someoneOutsideTheSpaceGetsTheNotFoundPage() {
        ApiClient outsider = world.signedIn(MEMBER_HDF);

        assertThat(outsider.getPage(PAGES).status()).isEqualTo(404);
        assertThat(outsider.multipart(PAGES + "/depots", Map.of(), "intrus.pdf", PDF).status()).isEqualTo(404);
    }

    @Test
    void thePagesSpeakEnglish() {
        String page = referentA.choosingLanguage("en").getPage(PAGES).body();

        assertThat(page).contains("Upload a document", "Create a folder", "See the trash");
    }
}
