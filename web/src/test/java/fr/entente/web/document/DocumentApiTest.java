package fr.entente.web.document;

import com.fasterxml.jackson.databind.JsonNode;
import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ApiClient.Response;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.SharedApiWorld;
import fr.entente.infra.pdf.HtmlToPdf;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.imageio.ImageIO;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;

import static fr.entente.web.document.DocumentCorner.*;
import static fr.entente.web.testing.ApiWorld.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A space's documents through the REST API of the running hub: bytes that come back as they went (SHA-256, 1 byte and
 * 10 MB), the download's name with its accents (RFC 6266) and its ranges, each download recorded; versions, rename,
 * move, trash and restore; and every bad input of the issue answered with problem details, nothing stored in the log
 * or in GridFS.
 */
@ExtendWith(SharedApiWorld.class)
class DocumentApiTest {

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
    void oneByteComesBackAsItWent() {
        byte[] one = {42};

        JsonNode uploaded = uploaded(referentA, null, "un-octet.bin", one);

        assertThat(uploaded.path("size").asLong()).isEqualTo(1);
        assertThat(uploaded.path("sha256").asText()).isEqualTo(sha256(one));
        HttpResponse<byte[]> download = referentB.getBytes(D + "/documents/" + uploaded.path("documentId").asText()
                                                           + "/content", Map.of());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(sha256(download.body())).isEqualTo(sha256(one));
    }

    @Test
    void tenMegabytesComeBackAsTheyWent() {
        byte[] ten = new byte[10 * 1024 * 1024];
        new Random(14).nextBytes(ten);

        JsonNode uploaded = uploaded(referentA, null, "dix-mega.bin", ten);

        assertThat(uploaded.path("size").asLong()).isEqualTo(ten.length);
        assertThat(uploaded.path("sha256").asText()).isEqualTo(sha256(ten));
        HttpResponse<byte[]> download = referentB.getBytes(D + "/documents/" + uploaded.path("documentId").asText()
                                                           + "/content", Map.of());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValueAsLong("Content-Length").orElse(-1)).isEqualTo(ten.length);
        assertThat(sha256(download.body())).isEqualTo(sha256(ten));
    }

    @Test
    void theTypeComesFromTheBytesAndTheNameKeepsItsAccents() {
        JsonNode uploaded = uploaded(referentA, null, "Synthèse RSU 2025 – définitive.pdf", PDF);

        assertThat(uploaded.path("contentType").asText()).isEqualTo("application/pdf");
        assertThat(uploaded.path("name").asText()).isEqualTo("Synthèse RSU 2025 – définitive.pdf");
        HttpResponse<byte[]> download = referentB.getBytes(D + "/documents/" + uploaded.path("documentId").asText()
                                                           + "/content", Map.of());
        assertThat(download.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .isEqualTo("attachment; filename=\"Synthese RSU 2025 _ definitive.pdf\"; "
                           + "filename*=UTF-8''Synth%C3%A8se%20RSU%202025%20%E2%80%93%20d%C3%A9finitive.pdf");
    }

    @Test
    void aRangeIsAnsweredWithThatPartAlone() {
        byte[] text = "0123456789abcdefghij".getBytes(StandardCharsets.US_ASCII);
        String documentId = uploaded(referentA, null, "plage.txt", text).path("documentId").asText();

        HttpResponse<byte[]> part = referentB.getBytes(D + "/documents/" + documentId + "/content",
                                                       Map.of("Range", "bytes=5-9"));

        assertThat(part.statusCode()).isEqualTo(206);
        assertThat(new String(part.body(), StandardCharsets.US_ASCII)).isEqualTo("56789");
        assertThat(part.headers().firstValue("Content-Range").orElseThrow()).isEqualTo("bytes 5-9/20");
    }

    @Test
    void eachDownloadIsRecordedWithWhoAndWhichVersion() {
        String documentId = uploaded(referentA, null, "compte-rendu.pdf", PDF).path("documentId").asText();

        assertThat(referentB.getBytes(D + "/documents/" + documentId + "/versions/1/content", Map.of()).statusCode())
                .isEqualTo(200);

        JsonNode document = referentA.get(D + "/documents/" + documentId).json();
        assertThat(document.path("downloads")).hasSize(1);
        assertThat(document.path("downloads").get(0).path("version").asInt()).isEqualTo(1);
        assertThat(document.path("downloads").get(0).path("personId").asText()).isEqualTo(REFERENT_B.personId());
        assertThat(document.path("downloads").get(0).path("personName").asText()).isEqualTo("Bérénice Lecture");
    }

    @Test
    void theAuditTrailSaysWhoUploadedAndDownloadedUnderTheDocumentsKind() {
        String documentId = uploaded(referentA, null, "journal.pdf", PDF).path("documentId").asText();
        referentB.getBytes(D + "/documents/" + documentId + "/content", Map.of());
        ApiClient administrator = world.signedIn(ApiWorld.ADMIN_HDF);

        JsonNode acts = eventually(() -> Optional.of(administrator.get(
                "/api/cooperations/" + ApiWorld.HDF + "/audit/trail?kind=document&limit=10").json().path("acts"))
                .filter(found -> found.size() >= 2 && found.get(0).path("sentence").asText().contains("téléchargé")));

        assertThat(acts.get(0).path("sentence").asText()).isEqualTo("Bérénice Lecture a téléchargé la version 1 d'un document.");
        assertThat(acts.get(1).path("sentence").asText())
                .isEqualTo("Aurélien Dépôt a déposé un document dans les documents d'un espace.");
        assertThat(acts.get(0).path("context").asText()).isEqualTo("document");
    }

    @Test
    void aNewVersionIsListedAfterTheFirstAndEachIsDownloaded() {
        String documentId = uploaded(referentA, null, "feuille-de-route.txt", bytes("version 1")).path("documentId").asText();

        Response second = referentB.multipart(D + "/documents/" + documentId + "/versions", Map.of("basedOnVersion", "1"),
                                              "feuille-de-route-relue.txt", bytes("version 2"));
        assertThat(second.status()).as(second.toString()).isEqualTo(201);
        assertThat(second.json().path("version").asInt()).isEqualTo(2);

        JsonNode document = referentA.get(D + "/documents/" + documentId).json();
        assertThat(document.path("versions")).hasSize(2);
        assertThat(document.path("versions").get(1).path("uploadedByName").asText()).isEqualTo("Bérénice Lecture");
        assertThat(referentA.getBytes(D + "/documents/" + documentId + "/versions/1/content", Map.of()).body())
                .isEqualTo(bytes("version 1"));
        assertThat(referentA.getBytes(D + "/documents/" + documentId + "/content", Map.of()).body())
                .isEqualTo(bytes("version 2"));
    }

    @Test
    void anEarlierVersionIsRestoredAsANewVersionWithItsBytes() {
        String documentId = uploaded(referentA, null, "convention.txt", bytes("texte signé")).path("documentId").asText();
        String document = D + "/documents/" + documentId;
        assertThat(referentB.multipart(document + "/versions", Map.of("basedOnVersion", "1"), "convention.txt",
                                       bytes("texte raturé")).status()).isEqualTo(201);
        long chunks = chunks(world);

        Response restored = referentA.post(document + "/versions/1/restoration", "{\"basedOnVersion\":2}");

        assertThat(restored.status()).as(restored.toString()).isEqualTo(204);
        JsonNode versions = referentA.get(document).json().path("versions");
        assertThat(versions).hasSize(3);
        assertThat(versions.get(2).path("sha256").asText()).isEqualTo(sha256(bytes("texte signé")));
        assertThat(referentA.getBytes(document + "/content", Map.of()).body()).isEqualTo(bytes("texte signé"));
        assertThat(chunks(world)).as("the bytes are not copied").isEqualTo(chunks);
        long events = world.eventCount();
        refused(world, events, chunks, referentA.post(document + "/versions/1/restoration", "{\"basedOnVersion\":2}"),
                409, "document.version-conflict");
    }

    @Test
    void twoNewVersionsAtOnceOneWinsTheOtherIsAConflictWhoseFileIsKeptForARetry() throws Exception {
        String documentId = uploaded(referentA, null, "etude-concours.txt", bytes("v1")).path("documentId").asText();
        long chunksBefore = chunks(world);
        String path = D + "/documents/" + documentId + "/versions";

        CompletableFuture<Response> first = CompletableFuture.supplyAsync(
                () -> referentA.multipart(path, Map.of("basedOnVersion", "1"), "a.txt", bytes("v2 de A")));
        CompletableFuture<Response> second = CompletableFuture.supplyAsync(
                () -> referentB.multipart(path, Map.of("basedOnVersion", "1"), "b.txt", bytes("v2 de B")));
        List<Response> answers = List.of(first.get(), second.get());

        assertThat(answers.stream().map(Response::status).sorted().toList()).as(answers.toString()).containsExactly(201, 409);
        Response conflict = answers.stream().filter(answer -> answer.status() == 409).findFirst().orElseThrow();
        assertThat(conflict.json().path("code").asText()).isEqualTo("document.version-conflict");
        assertThat(conflict.json().path("detail").asText()).contains("Votre fichier est gardé jusqu’au");
        String keptFileId = conflict.json().path("keptFileId").asText();
        assertThat(keptFileId).isNotBlank();
        assertThat(conflict.json().path("keptUntil").asText()).isNotBlank();
        assertThat(chunks(world)).as("the loser's bytes are kept for a retry").isEqualTo(chunksBefore + 2);
        assertThat(referentA.get(D + "/documents/" + documentId).json().path("versions")).hasSize(2);

        // the loser retries from the current version without uploading again: their bytes become version 3
        ApiClient loser = conflict == answers.get(0) ? referentA : referentB;
        byte[] losersBytes = bytes(conflict == answers.get(0) ? "v2 de A" : "v2 de B");
        Response retried = loser.post(path + "/from-kept-file",
                                      "{\"keptFileId\":\"" + keptFileId + "\",\"basedOnVersion\":2}");
        assertThat(retried.status()).as(retried.toString()).isEqualTo(201);
        assertThat(retried.json().path("version").asInt()).isEqualTo(3);
        assertThat(retried.json().path("sha256").asText()).isEqualTo(sha256(losersBytes));
        assertThat(chunks(world)).as("nothing copied").isEqualTo(chunksBefore + 2);
        assertThat(loser.getBytes(D + "/documents/" + documentId + "/content", Map.of()).body()).isEqualTo(losersBytes);
        refused(world, world.eventCount(), chunks(world), loser.post(path + "/from-kept-file",
                "{\"keptFileId\":\"" + keptFileId + "\",\"basedOnVersion\":3}"), 404, "document.kept-file-gone");
    }

    @Test
    void aDocumentIsRenamedMovedTrashedAndRestored() {
        String folderId = folder(officer, null, "Études 2026");
        String documentId = uploaded(referentA, null, "brouillon.txt", bytes("texte")).path("documentId").asText();

        assertThat(referentA.put(D + "/documents/" + documentId + "/name", "{\"name\":\"Étude définitive.txt\"}").status())
                .isEqualTo(204);
        assertThat(referentA.put(D + "/documents/" + documentId + "/folder", "{\"folderId\":\"" + folderId + "\"}")
                            .status()).isEqualTo(204);
        JsonNode inFolder = referentB.get(D + "/folders/" + folderId).json();
        assertThat(names(inFolder.path("documents"))).containsExactly("Étude définitive.txt");
        assertThat(names(referentB.get(D).json().path("folders"))).contains("Études 2026");

        assertThat(referentB.put(D + "/documents/" + documentId + "/trashed", "{\"trashed\":true}").status()).isEqualTo(204);
        assertThat(names(referentB.get(D + "/folders/" + folderId).json().path("documents"))).isEmpty();
        assertThat(names(referentB.get(D + "/folders/" + folderId + "?trash=true").json().path("documents")))
                .containsExactly("Étude définitive.txt");

        assertThat(referentA.put(D + "/documents/" + documentId + "/trashed", "{\"trashed\":false}").status()).isEqualTo(204);
        assertThat(names(referentB.get(D + "/folders/" + folderId).json().path("documents")))
                .containsExactly("Étude définitive.txt");
    }

    @Test
    void aPdfHasAThumbnailOfItsFirstPageAndAnImageAScaledOne() throws Exception {
        byte[] pdf = world.bean(HtmlToPdf.class).render("""
                <!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml" lang="fr"><head><title>Étude</title>
                <meta name="subject" content="Étude"/></head><body><h1>Étude des effectifs</h1></body></html>""");
        String pdfId = uploaded(referentA, null, "etude-effectifs.pdf", pdf).path("documentId").asText();
        java.awt.image.BufferedImage picture = new java.awt.image.BufferedImage(400, 300,
                                                                                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        ImageIO.write(picture, "png", png);
        String imageId = uploaded(referentA, null, "carte.png", png.toByteArray()).path("documentId").asText();

        HttpResponse<byte[]> pdfPreview = referentB.getBytes(D + "/documents/" + pdfId + "/preview", Map.of());
        HttpResponse<byte[]> imagePreview = referentB.getBytes(D + "/documents/" + imageId + "/preview", Map.of());

        assertThat(pdfPreview.statusCode()).isEqualTo(200);
        assertThat(pdfPreview.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("image/png");
        java.awt.image.BufferedImage firstPage = ImageIO.read(new java.io.ByteArrayInputStream(pdfPreview.body()));
        assertThat(firstPage.getWidth()).isEqualTo(200);
        assertThat(firstPage.getHeight()).as("an A4 page, taller than wide").isGreaterThan(250);
        java.awt.image.BufferedImage scaled = ImageIO.read(new java.io.ByteArrayInputStream(imagePreview.body()));
        assertThat(scaled.getWidth()).isEqualTo(200);
        assertThat(scaled.getHeight()).isEqualTo(150);
        assertThat(referentB.get(D + "/documents/" + pdfId).json().path("downloads")).as("a preview is no download").isEmpty();
    }

    @Test
    void aTextHasNoPreview() {
        String documentId = uploaded(referentA, null, "notes.txt", bytes("des notes")).path("documentId").asText();

        Response preview = referentB.getAccepting(D + "/documents/" + documentId + "/preview", "image/png");

        assertThat(preview.status()).isEqualTo(404);
        assertThat(preview.json().path("code").asText()).isEqualTo("document.preview-unavailable");
    }

    @Test
    void aLockedDocumentTakesNoVersionFromOthersUntilItsHolderOrAModeratorUnlocksIt() {
        String documentId = uploaded(referentA, null, "ordre-du-jour.txt", bytes("v1")).path("documentId").asText();
        String document = D + "/documents/" + documentId;
        assertThat(referentB.put(document + "/locked", "{\"locked\":true}").status()).isEqualTo(204);
        JsonNode lock = referentA.get(document).json().path("lock");
        assertThat(lock.path("personName").asText()).isEqualTo("Bérénice Lecture");
        assertThat(lock.path("since").asText()).isNotBlank();
        long events = world.eventCount();
        long chunks = chunks(world);

        Response lockedOut = referentA.multipart(document + "/versions", Map.of("basedOnVersion", "1"), "v2.txt",
                                                 bytes("v2 gardée"));
        assertThat(lockedOut.status()).as(lockedOut.toString()).isEqualTo(409);
        assertThat(lockedOut.json().path("code").asText()).isEqualTo("document.locked");
        String keptFileId = lockedOut.json().path("keptFileId").asText();
        assertThat(world.eventCount()).as("nothing in the log").isEqualTo(events);
        assertThat(chunks(world)).as("the refused version's file kept for a retry").isEqualTo(chunks + 1);
        chunks = chunks(world);
        refused(world, events, chunks, referentA.post(document + "/versions/from-kept-file",
                "{\"keptFileId\":\"" + keptFileId + "\",\"basedOnVersion\":1}"), 409, "document.locked");
        refused(world, events, chunks, referentB.post(document + "/versions/from-kept-file",
                "{\"keptFileId\":\"autre-fichier\",\"basedOnVersion\":1}"), 404, "document.kept-file-gone");
        refused(world, events, chunks, referentA.put(document + "/trashed", "{\"trashed\":true}"), 409, "document.locked");
        refused(world, events, chunks, referentA.put(document + "/locked", "{\"locked\":false}"), 403,
                "document.lock-holder-or-moderator");

        assertThat(officer.put(document + "/locked", "{\"locked\":false}").status()).as("a moderator breaks it").isEqualTo(204);
        assertThat(referentA.get(document).json().path("lock").isNull()).isTrue();
        Response retried = referentA.post(document + "/versions/from-kept-file",
                                          "{\"keptFileId\":\"" + keptFileId + "\",\"basedOnVersion\":1}");
        assertThat(retried.status()).as("retried without uploading again: " + retried).isEqualTo(201);
        assertThat(retried.json().path("sha256").asText()).isEqualTo(sha256(bytes("v2 gardée")));
    }

    @Test
    void anEmptyFileIsRefusedAndNothingStored() {
        long events = world.eventCount();
        long chunks = chunks(world);

        refused(world, events, chunks, upload(referentA, null, "vide.pdf", new byte[0]), 422, "document.empty-file");
    }

    @Test
    void aNameThatClimbsOutOfItsFolderIsRefused() {
        long events = world.eventCount();
        long chunks = chunks(world);

        JsonNode problem = refused(world, events, chunks, upload(referentA, null, "../../etc/passwd", PDF), 422,
                                   "document.name-unsafe");
        assertThat(problem.path("field").asText()).isEqualTo("name");
    }

    @Test
    void aNameWithANulIsRefused() {
        long events = world.eventCount();
        long chunks = chunks(world);

        refused(world, events, chunks, upload(referentA, null, "rapport\u0000.pdf", PDF), 422, "document.name-unsafe");
    }

    @Test
    void aNameOfSpacesOnlyIsRefused() {
        long events = world.eventCount();
        long chunks = chunks(world);

        refused(world, events, chunks, upload(referentA, null, "   ", PDF), 422, "document.name-required");
    }

    @Test
    void aProgramNamedPdfIsRefused() {
        long events = world.eventCount();
        long chunks = chunks(world);

        JsonNode problem = refused(world, events, chunks, upload(referentA, null, "facture.pdf", WINDOWS_PROGRAM), 422,
                                   "document.executable-refused");
        assertThat(problem.path("detail").asText()).contains("x-msdownload");
    }

    @Test
    void anUploadWithoutAFileIsRefused() {
        long events = world.eventCount();
        long chunks = chunks(world);

        refused(world, events, chunks, upload(referentA, null, null, null), 422, "document.file-required");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static List<String> names(JsonNode array) {
        List<String> names = new java.util.ArrayList<>();
        array.forEach(node -> names.add(node.path("name").asText()));
        return names;
    }
}
