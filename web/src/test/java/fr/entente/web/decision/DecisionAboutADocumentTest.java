package fr.entente.web.decision;

import fr.entente.forum.api.SpaceIds;
import fr.entente.forum.api.SpaceRoster;
import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.SharedApiWorld;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static fr.entente.web.decision.CommitteeDecisions.*;
import static fr.entente.web.testing.ApiWorld.HDF;
import static fr.entente.web.testing.ApiWorld.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A decision about a document (validate a document the working group sent, art. 3.2): its page links to the
 * document's page for those who see the document; for whoever does not (a folder reserved to others), it names no
 * document and gives no link.
 */
@ExtendWith(SharedApiWorld.class)
class DecisionAboutADocumentTest {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Test
    void theDecisionsPageLinksToTheDocumentForThoseWhoSeeIt(ApiWorld world) {
        CommitteeDecisions.seat(world);
        String space = SpaceIds.ofBody(HDF, BODY);
        eventually(() -> world.bean(SpaceRoster.class).roleOf(HDF, space, DIRECTOR_59.personId()));
        ApiClient officer = world.signedIn(OFFICER);
        String documents = "/api/cooperations/" + HDF + "/documents/spaces/" + space;
        ApiClient.Response uploaded = officer.multipart(documents + "/documents", Map.of(), "Note à valider.pdf", PDF);
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        String documentId = uploaded.json().path("documentId").asText();
        String decisionId = decisionOpenedWith(officer, """
                {"question":"Valider la note ?","mode":"LIVE","concernKind":"DOCUMENT","concernReference":"%s"}"""
                .formatted(documentId));

        String page = world.signedIn(DIRECTOR_59).getPage("/cooperations/" + HDF + "/decisions/" + decisionId).body();
        assertThat(page).contains("id=\"lien-document\"", "Note à valider.pdf",
                                  "/documents/" + space + "/fichiers/" + documentId + "/fiche");

        ApiClient.Response folder = officer.post(documents + "/folders", "{\"name\":\"Réservé\"}");
        String reserved = folder.json().path("folderId").asText();
        assertThat(officer.put(documents + "/folders/" + reserved + "/rights",
                               "{\"restricted\":true,\"memberIds\":[\"" + OFFICER.personId() + "\"]}").status())
                .isEqualTo(204);
        ApiClient.Response hidden = officer.multipart(documents + "/documents", Map.of("folderId", reserved),
                                                      "Brouillon secret.pdf", PDF);
        String hiddenId = hidden.json().path("documentId").asText();
        String secret = decisionOpenedWith(officer, """
                {"question":"Valider le brouillon ?","mode":"LIVE","concernKind":"DOCUMENT","concernReference":"%s"}"""
                .formatted(hiddenId));
        String directorsView = world.signedIn(DIRECTOR_59).getPage("/cooperations/" + HDF + "/decisions/" + secret).body();
        assertThat(directorsView).doesNotContain("lien-document", "Brouillon secret.pdf");
        assertThat(officer.getPage("/cooperations/" + HDF + "/decisions/" + secret).body())
                .contains("lien-document", "Brouillon secret.pdf");
    }
}
