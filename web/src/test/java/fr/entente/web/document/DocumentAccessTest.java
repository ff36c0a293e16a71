package fr.entente.web.document;

import com.fasterxml.jackson.databind.JsonNode;
import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.SharedApiWorld;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

import static fr.entente.web.document.DocumentApiTest.names;
import static fr.entente.web.document.DocumentCorner.*;
import static fr.entente.web.testing.ApiWorld.ADMIN_BZH;
import static fr.entente.web.testing.ApiWorld.BZH;
import static fr.entente.web.testing.ApiWorld.MEMBER_HDF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who sees what of a space's documents, through the running hub: a person of another cooperation and a person of the
 * cooperation outside the body get 404 (as for nothing at all) and store nothing; a folder restricted to some is
 * neither listed nor opened by the others; a folder read-only for someone is listed and downloaded from, and 403 to
 * their uploads.
 */
@ExtendWith(SharedApiWorld.class)
class DocumentAccessTest {

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
    void aPersonOfAnotherCooperationFindsNothingAndStoresNothing() {
        ApiClient breton = world.signedIn(ADMIN_BZH);
        String documentId = uploaded(referentA, null, "interne.txt", "interne".getBytes()).path("documentId").asText();
        long events = world.eventCount();
        long chunks = chunks(world);

        refused(world, events, chunks, breton.get(D), 404, "cooperation.not-found");
        refused(world, events, chunks, breton.get(D + "/documents/" + documentId), 404, "cooperation.not-found");
        refused(world, events, chunks, upload(breton, null, "intrus.pdf", PDF), 404, "cooperation.not-found");
        assertThat(breton.getBytes(D + "/documents/" + documentId + "/content", Map.of()).statusCode()).isEqualTo(404);
        String fromBretagne = "/api/cooperations/" + BZH + "/documents/spaces/" + SPACE;
        refused(world, events, chunks, breton.get(fromBretagne), 404, "document.not-found");
        refused(world, events, chunks, breton.get(fromBretagne + "/documents/" + documentId), 404, "document.not-found");
        refused(world, events, chunks, breton.multipart(fromBretagne + "/documents", Map.of(), "intrus.pdf", PDF), 404,
                "document.not-found");
    }

    @Test
    void aPersonOfTheCooperationOutsideTheBodyFindsNothingAndStoresNothing() {
        ApiClient outsider = world.signedIn(MEMBER_HDF);
        String documentId = uploaded(referentA, null, "groupe.txt", "groupe".getBytes()).path("documentId").asText();
        long events = world.eventCount();
        long chunks = chunks(world);

        refused(world, events, chunks, outsider.get(D), 404, "document.not-found");
        refused(world, events, chunks, outsider.get(D + "/documents/" + documentId), 404, "document.not-found");
        refused(world, events, chunks, upload(outsider, null, "intrus.pdf", PDF), 404, "document.not-found");
        assertThat(outsider.getBytes(D + "/documents/" + documentId + "/content", Map.of()).statusCode()).isEqualTo(404);
    }

    @Test
    void aFolderRestrictedToSomeIsNeitherListedNorOpenedByTheOthers() {
        String drafts = folder(officer, null, "Brouillons du comité");
        assertThat(officer.put(D + "/folders/" + drafts + "/rights",
                               "{\"restricted\":true,\"memberIds\":[\"" + REFERENT_A.personId() + "\"]}").status())
                .isEqualTo(204);
        String documentId = uploaded(referentA, drafts, "projet.txt", "projet".getBytes()).path("documentId").asText();
        long events = world.eventCount();
        long chunks = chunks(world);

        assertThat(names(referentB.get(D).json().path("folders"))).doesNotContain("Brouillons du comité");
        assertThat(names(referentA.get(D).json().path("folders"))).contains("Brouillons du comité");
        refused(world, events, chunks, referentB.get(D + "/folders/" + drafts), 404, "document.not-found");
        refused(world, events, chunks, referentB.get(D + "/documents/" + documentId), 404, "document.not-found");
        refused(world, events, chunks, upload(referentB, drafts, "intrus.txt", "x".getBytes()), 404, "document.not-found");
        assertThat(officer.get(D + "/folders/" + drafts).status()).as("moderators manage every folder").isEqualTo(200);
    }

    @Test
    void aFolderReadOnlyForSomeoneIsReadButRefusesTheirUploads() {
        String published = folder(officer, null, "Publiés");
        assertThat(officer.put(D + "/folders/" + published + "/rights",
                               "{\"restricted\":false,\"readOnlyIds\":[\"" + REFERENT_B.personId() + "\"]}").status())
                .isEqualTo(204);
        String documentId = uploaded(referentA, published, "etude.pdf", PDF).path("documentId").asText();
        long events = world.eventCount();
        long chunks = chunks(world);

        JsonNode listing = referentB.get(D + "/folders/" + published).json();
        assertThat(listing.path("yourAccess").asText()).isEqualTo("READ");
        assertThat(names(listing.path("documents"))).containsExactly("etude.pdf");
        refused(world, events, chunks, upload(referentB, published, "ajout.pdf", PDF), 403, "document.read-only");
        refused(world, events, chunks, referentB.put(D + "/documents/" + documentId + "/name", "{\"name\":\"x.pdf\"}"), 403,
                "document.read-only");
        assertThat(referentB.getBytes(D + "/documents/" + documentId + "/content", Map.of()).statusCode()).isEqualTo(200);
    }

    @Test
    void onlyAModeratorSetsAFoldersRights() {
        String folder = folder(referentA, null, "Dossier d'Aurélien");
        long events = world.eventCount();
        long chunks = chunks(world);

        refused(world, events, chunks, referentA.put(D + "/folders/" + folder + "/rights",
                                                     "{\"restricted\":true,\"memberIds\":[\"" + REFERENT_A.personId() + "\"]}"),
                403, "document.moderator-required");
    }
}
