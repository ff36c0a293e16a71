package fr.entente.infra.pdf;

import fr.entente.testing.CountingHttpServer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** French minutes to PDF: every character, the metadata, the tagging, and nothing loaded from outside. */
class HtmlToPdfTest {

    private static final String TITLE = "Compte rendu · Groupe de travail « Santé au travail »";
    private static final String MINUTES = """
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" lang="fr">
            <head>
              <title>%s</title>
              <meta name="subject" content="Compte rendu de la réunion du 12 décembre 2026" />
              <style>
                body { font-family: sans-serif; font-size: 11pt; }
                h1 { font-size: 16pt; }
                table { border-collapse: collapse; }
                td, th { border: 1px solid #333; padding: 2pt 4pt; }
              </style>
            </head>
            <body>
              <h1>Réunion du 12 décembre 2026 · Hauts-de-France</h1>
              <h2>Présents</h2>
              <table>
                <thead><tr><th>Centre</th><th>Représentant·e</th></tr></thead>
                <tbody>
                  <tr><td>CDG 59</td><td>Claire Martin</td></tr>
                  <tr><td>CDG 62</td><td>Zoé Lefèvre</td></tr>
                </tbody>
              </table>
              <h2>Décisions</h2>
              <ul>
                <li>L’étude « coût des œuvres sociales » est validée : budget 1 200 €.</li>
                <li><strong>Prochaine réunion</strong> : <em>jeudi 14 janvier, à l’Hôtel de Région</em>.</li>
              </ul>
            </body>
            </html>
            """.formatted(TITLE);

    private final HtmlToPdf renderer = new HtmlToPdf();
    @RegisterExtension
    final CountingHttpServer server = new CountingHttpServer();

    @Test
    void rendersFrenchTextWithEveryAccentQuoteAndMiddleDot() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(renderer.render(MINUTES))) {
            String text = new PDFTextStripper().getText(pdf);

            assertThat(text).contains("Réunion du 12 décembre 2026 · Hauts-de-France", "Représentant·e", "Zoé Lefèvre",
                                      "L’étude « coût des œuvres sociales » est validée : budget 1 200 €.",
                                      "jeudi 14 janvier, à l’Hôtel de Région");
            assertThat(fontNamesOf(pdf.getPage(0))).isNotEmpty().allSatisfy(name -> assertThat(name).contains("LiberationSans"));
        }
    }

    @Test
    void setsTheTitleAndTheLanguageAndDeclaresPdfA() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(renderer.render(MINUTES))) {
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(TITLE);
            assertThat(pdf.getDocumentInformation().getSubject()).isEqualTo("Compte rendu de la réunion du 12 décembre 2026");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("fr");
            String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("pdfaid:part", "Compte rendu");
        }
    }

    @Test
    void tagsTheDocumentForScreenReaders() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(renderer.render(MINUTES))) {
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot().getKids()).isNotEmpty();
        }
    }

    @Test
    void fetchesNoUrlThatTheDocumentNames() throws IOException {
        String address = server.baseUrl();
        String hostile = MINUTES
                .replace("<style>", "<style>@import url(\"" + address + "/import.css\");\n")
                .replace("</style>", "h2 { background-image: url(\"" + address + "/background.png\"); }\n"
                                     + "@font-face { font-family: Tracker; src: url(\"" + address + "/font.ttf\"); }\n"
                                     + "li { font-family: Tracker; }\n</style>"
                                     + "<link rel=\"stylesheet\" href=\"" + address + "/style.css\" />")
                .replace("<h2>Présents</h2>", "<h2>Présents</h2><img src=\"" + address + "/pixel.png\" alt=\"\" />"
                                              + "<img src=\"//127.0.0.1:" + server.port() + "/relative.png\" alt=\"\" />");

        byte[] pdf = renderer.render(hostile);

        assertThat(server.requests()).as("requests the server received").isZero();
        assertThat(pdf).isNotEmpty();
    }

    @Test
    void readsNoLocalFileButShowsADataImage(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("secret.png");
        Files.write(file, png());
        String withImages = MINUTES.replace("<h2>Présents</h2>", "<h2>Présents</h2>"
                + "<img src=\"" + file.toUri() + "\" alt=\"fichier\" />"
                + "<img src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(png()) + "\" alt=\"logo\" />");

        try (PDDocument pdf = Loader.loadPDF(renderer.render(withImages))) {
            assertThat(imageCountOf(pdf.getPage(0))).as("the data: image only").isEqualTo(1);
        }
    }

    @Test
    void resolvesNoExternalEntity() {
        String address = server.baseUrl();
        String withEntity = MINUTES.replace("<!DOCTYPE html>",
                "<!DOCTYPE html [ <!ENTITY leak SYSTEM \"" + address + "/entity\"> ]>")
                .replace("Claire Martin", "Claire Martin &leak;");

        renderer.render(withEntity);

        assertThat(server.requests()).isZero();
    }

    @Test
    void refusesADocumentThatIsNotWellFormed() {
        assertThatThrownBy(() -> renderer.render("<html lang=\"fr\"><body><p>Réunion</body></html>"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> fontNamesOf(PDPage page) throws IOException {
        List<String> names = new ArrayList<>();
        PDResources resources = page.getResources();
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            names.add(font.getName());
        }
        return names;
    }

    private static int imageCountOf(PDPage page) throws IOException {
        int images = 0;
        PDResources resources = page.getResources();
        for (COSName name : resources.getXObjectNames()) {
            if (resources.isImageXObject(name)) {
                images++;
            }
        }
        return images;
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
