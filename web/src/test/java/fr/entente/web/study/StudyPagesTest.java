package fr.entente.web.study;

import com.fasterxml.jackson.databind.JsonNode;
import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ApiClient.Response;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.SharedApiWorld;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static fr.entente.web.study.StudyCorner.*;
import static fr.entente.web.testing.ApiWorld.HDF;
import static fr.entente.web.testing.ApiWorld.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The studies' pages as a browser without JavaScript uses them, on the running hub: a study proposed through the page
 * from a working group meeting's agenda request (the meeting's page links to the form, filled from the request; the
 * study's page says where it came from); a refused proposal says why next to the form, in French or in English, and
 * writes nothing; the whole chain through the study page's forms, from the committee's validation to the
 * dissemination, with the results put up as documents of the study's folder and the rule on dissemination shown as a
 * refusal on the page.
 */
@ExtendWith(SharedApiWorld.class)
class StudyPagesTest {

    private static final String HTML = "text/html";

    private ApiWorld world;
    private ApiClient officer;
    private ApiClient referent;

    @BeforeEach
    void seat(ApiWorld world) {
        StudyCorner.seat(world);
        this.world = world;
        officer = world.signedIn(OFFICER);
        referent = world.signedIn(REFERENT_60);
    }

    @Test
    void aStudyProposedFromAMeetingsRequestShowsWhereItCameFrom() {
        String meetingId = meeting(officer, "Groupe de travail de mars");
        String requestId = request(referent, meetingId, "Étude sur l’absentéisme 2025", "Mesurer l’absentéisme des collectivités de l’Oise");

        String meetingPage = eventually(() -> Optional.of(referent.getPage("/cooperations/" + HDF + "/reunions/" + meetingId).body())
                                                      .filter(page -> page.contains(requestId)));
        String link = PAGES + "/nouvelle?reunion=" + meetingId + "&amp;demande=" + requestId;
        assertThat(meetingPage).contains(link, "Proposer une étude");
        String form = referent.getPage(link.replace("&amp;", "&")).body();
        assertThat(form).contains("Proposée depuis la réunion « Groupe de travail de mars »",
                                  "value=\"Étude sur l’absentéisme 2025\"", "Mesurer l’absentéisme des collectivités de l’Oise");

        Response proposed = referent.form(PAGES, fields("title", "Étude sur l’absentéisme 2025",
                                                        "question", "Mesurer l’absentéisme des collectivités de l’Oise",
                                                        "dataSources", "RSU", "departments", "60, 80",
                                                        "requestingCentres", "cdg-60",
                                                        "meetingId", meetingId, "requestId", requestId), HTML);

        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(302);
        assertThat(proposed.location()).contains(PAGES + "/");
        String page = referent.getPage(path(proposed.location())).body();
        assertThat(page).contains("L’étude est proposée.", "Étape : Proposées",
                                  "la réunion « Groupe de travail de mars »",
                                  "Demande de point : « Mesurer l’absentéisme des collectivités de l’Oise »",
                                  "/cooperations/" + HDF + "/reunions/" + meetingId);
    }

    @Test
    void aStudyProposedFromAProposalRecordedAtTheMeeting() {
        String meetingId = meeting(officer, "Groupe de travail d'avril");
        String meeting = StudyCorner.A + "/meetings/" + meetingId;
        StudyCorner.expect(officer.post(meeting + "/agenda/items", """
                {"itemId":"i-etudes","title":"Études de l'observatoire","purpose":"DECISION"}"""), 201);
        StudyCorner.expect(officer.post(meeting + "/start", ""), 204);
        Response recorded = officer.post(meeting + "/proposals", """
                {"itemId":"i-etudes","proposedByOrganisationId":"cdg-60","text":"Étude sur l'absentéisme 2025","outcome":"ADOPTED"}""");
        StudyCorner.expect(recorded, 201);
        String proposalId = recorded.json().path("proposalId").asText();

        String live = eventually(() -> Optional.of(referent.getPage("/cooperations/" + HDF + "/reunions/" + meetingId + "/en-direct").body())
                                                .filter(page -> page.contains(proposalId)));
        String link = PAGES + "/nouvelle?reunion=" + meetingId + "&amp;proposition=" + proposalId;
        assertThat(live).contains(link);
        assertThat(referent.getPage(link.replace("&amp;", "&")).body()).contains("value=\"Étude sur l&#39;absentéisme 2025\"");
        Response proposed = referent.form(PAGES, fields("title", "Étude sur l'absentéisme 2025", "question", "Quel absentéisme ?",
                                                        "dataSources", "RSU", "meetingId", meetingId, "proposalId", proposalId), HTML);
        assertThat(proposed.status()).isEqualTo(302);
        assertThat(referent.getPage(path(proposed.location())).body())
                .contains("Proposition : « Étude sur l&#39;absentéisme 2025 »", "la réunion « Groupe de travail d&#39;avril »");
    }

    @Test
    void aRefusedProposalSaysWhyNextToTheFormInTheReadersLanguageAndWritesNothing() {
        long before = world.eventCount();

        Response refused = referent.form(PAGES, fields("title", "Étude sans source", "question", "Pourquoi ?"), HTML);

        assertThat(refused.status()).isEqualTo(302);
        assertThat(refused.location()).endsWith(PAGES + "/nouvelle");
        String page = referent.getPage(PAGES + "/nouvelle").body();
        assertThat(page).contains("Le formulaire n’a pas été enregistré", "Choisissez au moins une source de données",
                                  "value=\"Étude sans source\"");
        ApiClient english = world.signedIn(REFERENT_60).choosingLanguage("en");
        english.form(PAGES, fields("title", "A study", "question", "Why?", "dataSources", "RSU",
                                   "meetingId", "meeting-of-another-cooperation"), HTML);
        assertThat(english.getPage(PAGES + "/nouvelle").body())
                .contains("This meeting, request or proposal is not one of yours in this cooperation");
        assertThat(world.eventCount()).as("events after refusals").isEqualTo(before);
    }

    @Test
    void theChainThroughTheStudyPagesForms() {
        Response proposed = referent.form(PAGES, fields("title", "Baromètre des recrutements",
                                                        "question", "Combien de recrutements en 2026 ?",
                                                        "dataSources", "TERRITORIAL_EMPLOYMENT"), HTML);
        String page = path(proposed.location());
        String studyId = page.substring(page.lastIndexOf('/') + 1);
        awaitStage(officer, studyId, "PROPOSED");
        assertThat(officer.getPage(page).body()).contains("Soumettre au comité technique").doesNotContain("Lancer l’étude");
        assertThat(referent.getPage(page).body()).doesNotContain("Soumettre au comité technique");
        assertThat(referent.getPage(PAGES).body()).contains("/cooperations/" + HDF + "/feuilles-de-route", "Proposer une étude");

        submitted(officer, officer.form(page + "/validation", fields("bodyId", COMMITTEE, "deadline", inTwoHours()), HTML), page,
                  "L’étude est soumise au comité technique");
        JsonNode submittedStudy = awaitStage(officer, studyId, "UNDER_VALIDATION");
        voteAndClose(world, submittedStudy.path("validation").path("decisionId").asText(), "pour");
        awaitStage(officer, studyId, "VALIDATED");

        submitted(officer, officer.form(page + "/lancement", fields("leadCentre", "cdg-59", "participatingCentres", "cdg-60",
                                                           "milestones", "Questionnaire envoyé ; 2027-04-15\nSynthèse"), HTML),
                  page, "L’étude est lancée.", "Chef de file : ", "Questionnaire envoyé – 15 avril 2027", "Synthèse");
        submitted(officer, officer.form(page + "/avancement", fields("text", "Questionnaire parti", "milestoneId", "etape-1"), HTML),
                  page, "L’avancement est enregistré.", "Questionnaire parti");
        Response delivered = officer.multipart(page + "/resultats", Map.of("summary", "9,2 % d’absentéisme"),
                                               "Baromètre 2026.pdf", "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        submitted(officer, delivered, page, "Le document de résultats est déposé et les résultats sont remis.", "Baromètre 2026.pdf",
                  "9,2 % d’absentéisme", "Dossier de l’étude dans l’espace documentaire");

        Response early = officer.form(page + "/diffusion", fields("audience", "REGION", "means", "Courriel"), HTML);
        assertThat(early.status()).isEqualTo(302);
        assertThat(officer.getPage(page).body()).contains("Le comité technique n’a pas été informé de cette diffusion");
        submitted(officer, officer.form(page + "/information", fields("plannedAudiences", "REGION", "means", "Courriel à la Région"), HTML),
                  page, "L’information du comité technique est enregistrée.", "Comité technique informé le");
        submitted(officer, officer.form(page + "/diffusion", fields("audience", "REGION", "means", "Courriel"), HTML),
                  page, "La diffusion est enregistrée.", "à la Région");

        ApiClient director = world.signedIn(DIRECTOR_59);
        assertThat(director.getPage(page).body()).contains("Soulever une question");
        submitted(director, director.form(page + "/question", fields("bodyId", COMMITTEE, "subject", "DISSEMINATION",
                                                           "deadline", inTwoHours()), HTML),
                  page, "Votre question est soumise à l’arbitrage du comité technique.", "arbitrage en cours");

        // the fiche étude: the chain on a PDF, in the reader's language
        assertThat(officer.getPage(page).body()).contains(page + "/fiche.pdf");
        java.net.http.HttpResponse<byte[]> sheet = officer.getBytes(page + "/fiche.pdf", "application/pdf");
        assertThat(sheet.statusCode()).isEqualTo(200);
        assertThat(sheet.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(pdfText(sheet.body())).contains("Baromètre des recrutements", "Combien de recrutements en 2026 ?",
                                                   "Validée par le comité technique (décision CT-", "Questionnaire parti",
                                                   "Baromètre 2026.pdf", "Diffusée le", "à la Région", "arbitrage en cours");
        assertThat(pdfText(world.signedIn(OFFICER).choosingLanguage("en").getBytes(page + "/fiche.pdf", "application/pdf").body()))
                .contains("Study sheet", "Baromètre des recrutements");
        assertThat(world.signedIn(fr.entente.web.testing.ApiWorld.PARTNER_HDF).getBytes(page + "/fiche.pdf", "application/pdf")
                        .statusCode()).isEqualTo(404);
        String keep = System.getProperty("entente.study.sheet");
        if (keep != null) {
            try {
                java.nio.file.Files.write(java.nio.file.Path.of(keep), sheet.body());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private static String pdfText(byte[] pdf) {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The form's answer leads back to the page, which shows the sender the confirmation and what was written. */
    private static void submitted(ApiClient client, Response response, String page, String... shown) {
        assertThat(response.status()).as(response.toString()).isEqualTo(302);
        assertThat(path(response.location())).isEqualTo(page);
        String body = client.getPage(page).body();
        assertThat(body).as(body).contains(shown).doesNotContain("Le formulaire n’a pas été enregistré");
    }

    private static String inTwoHours() {
        return LocalDateTime.now(ZoneId.of("Europe/Paris")).plusHours(2).truncatedTo(ChronoUnit.MINUTES).toString();
    }

    private static String path(String location) {
        return location.replaceFirst("^https?://[^/]+", "");
    }

    private static Map<String, String> fields(String... pairs) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(pairs[i], pairs[i + 1]);
        }
        return fields;
    }
}
