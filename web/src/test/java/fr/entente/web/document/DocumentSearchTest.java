package fr.entente.web.document;

import com.fasterxml.jackson.databind.JsonNode;
import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.SharedApiWorld;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static fr.entente.web.document.DocumentCorner.*;
import static fr.entente.web.testing.ApiWorld.ADMIN_BZH;
import static fr.entente.web.testing.ApiWorld.HDF;
import static fr.entente.web.testing.ApiWorld.MEMBER_HDF;
import static fr.entente.web.testing.ApiWorld.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Full-text search through the running hub: a PDF's text and a Word file's text found in French (without accents,
 * plurals folded), only by those who see the document's space and folder; a document in the trash is not found; the
 * search page shows the marked extract.
 */
@ExtendWith(SharedApiWorld.class)
class DocumentSearchTest {

    private static final String SEARCH = "/api/cooperations/" + HDF + "/documents/search?q=";

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
    void textsAreFoundInFrenchByWhoSeesThemOnly() throws Exception {
        String report = uploaded(referentA, null, "Rapport observatoire.pdf",
                                 pdf("Le taux d'absentéisme des agents territoriaux progresse.")).path("documentId").asText();
        String reserved = folder(officer, null, "Réservé à A");
        assertThat(officer.put(D + "/folders/" + reserved + "/rights",
                               "{\"restricted\":true,\"memberIds\":[\"" + REFERENT_A.personId() + "\"]}").status())
                .isEqualTo(204);
        uploaded(officer, reserved, "Compte rendu confidentiel.docx", docx("Le budget prévisionnel des concours 2027."));

        List<JsonNode> found = eventually(() -> Optional.of(search(referentA, "absenteisme agent")).filter(hits -> hits.size() == 1));
        assertThat(found.get(0).path("documentId").asText()).isEqualTo(report);
        assertThat(found.get(0).path("extractHtml").asText()).contains("absentéisme</mark>", "<mark>agents</mark>");
        assertThat(found.get(0).path("page").asText()).endsWith("/fichiers/" + report + "/fiche");
        List<JsonNode> inWord = eventually(() -> Optional.of(search(referentA, "budgets previsionnels")).filter(hits -> hits.size() == 1));
        assertThat(inWord.get(0).path("name").asText()).isEqualTo("Compte rendu confidentiel.docx");

        assertThat(search(referentB, "absenteisme")).hasSize(1);
        assertThat(search(referentB, "budget")).as("a folder reserved to A").isEmpty();
        assertThat(search(world.signedIn(MEMBER_HDF), "absenteisme")).as("outside the body's space").isEmpty();
        assertThat(world.signedIn(ADMIN_BZH).get(SEARCH + "absenteisme").status()).isEqualTo(404);

        String page = referentA.getPage("/cooperations/" + HDF + "/documents/recherche?q=absenteisme").body();
        assertThat(page).contains("1 document trouvé", "absentéisme</mark>", "Rapport observatoire.pdf");

        assertThat(referentA.put(D + "/documents/" + report + "/trashed", "{\"trashed\":true}").status()).isEqualTo(204);
        eventually(() -> Optional.of(search(referentA, "absenteisme")).filter(List::isEmpty));
    }

    private static List<JsonNode> search(ApiClient client, String words) {
        ApiClient.Response answer = client.get(SEARCH + URLEncoder.encode(words, StandardCharsets.UTF_8));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        List<JsonNode> hits = new ArrayList<>();
        answer.json().forEach(hits::add);
        return hits;
    }

    static byte[] pdf(String text) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            document.save(bytes);
            return bytes.toByteArray();
        }
    }

    static byte[] docx(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                       + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
                               .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                       + "<w:body><w:p><w:r><w:t>" + text + "</w:t></w:r></w:p></w:body></w:document>")
                               .getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
