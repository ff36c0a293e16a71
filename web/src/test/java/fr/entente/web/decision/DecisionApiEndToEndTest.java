package fr.entente.web.decision;

import com.fasterxml.jackson.databind.JsonNode;
import fr.entente.decision.query.DecisionStatus;
import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.SharedApiWorld;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;

import static fr.entente.web.decision.CommitteeDecisions.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A decision through the REST API, as the technical committee lives it: opened by the officer, voted by the centres
 * (the last vote of a centre counts, and changes until the close), closed early once every centre voted, numbered in
 * the body's register, annulled with a reason; and every refusal on the way, with nothing stored.
 */
@ExtendWith(SharedApiWorld.class)
class DecisionApiEndToEndTest {

    private ApiClient officer;
    private ApiClient director59;
    private ApiClient director60;
    private ApiClient deputy60;

    @BeforeEach
    void seat(ApiWorld world) {
        CommitteeDecisions.seat(world);
        officer = world.signedIn(OFFICER);
        director59 = world.signedIn(DIRECTOR_59);
        director60 = world.signedIn(DIRECTOR_60);
        deputy60 = world.signedIn(DEPUTY_60);
    }

    @Test
    void oneVotePerCentreTheLastCountsThenAnEarlyCloseNumbersTheDecision(ApiWorld world) throws Exception {
        String id = openArbitration(officer, "Valider la feuille de route 2027 ?");
        awaitDecision(world, id, view -> true);
        JsonNode opened = expect(officer.get(decision(id)), 200);
        assertThat(opened.path("decision").path("electorate")).extracting(JsonNode::asText).containsExactly("cdg-59", "cdg-60");
        assertThat(opened.path("decision").path("quorum").asInt()).isEqualTo(1);
        assertThat(opened.path("decision").path("registerPrefix").asText()).isEqualTo("CT");

        expect(director60.post(decision(id) + "/votes", "{\"option\":\"pour\"}"), 200);
        expect(deputy60.post(decision(id) + "/votes", "{\"option\":\"Contre\"}"), 200);
        awaitDecision(world, id, view -> view.votes().size() == 1 && view.votes().get(0).voterId().equals(DEPUTY_60.personId()));

        long before = world.eventCount();
        refused(world, before, officer.post(decision(id) + "/close", ""), 409, "decision.not-all-voted");

        expect(director59.post(decision(id) + "/votes", "{\"option\":\"contre\"}"), 200);
        expect(director59.post(decision(id) + "/votes", "{\"option\":\"pour\"}"), 200);
        awaitDecision(world, id, view -> view.votes().size() == 2);
        expect(officer.post(decision(id) + "/close", ""), 204);

        int year = Year.now(ZoneId.of("Europe/Paris")).getValue();
        var closed = awaitDecision(world, id, view -> view.reference() != null);
        assertThat(closed.status()).isEqualTo(DecisionStatus.CLOSED);
        assertThat(closed.tally()).extracting(count -> count.option() + "=" + count.votes())
                                  .containsExactly("pour=1", "contre=1", "abstention=0");
        assertThat(closed.outcome()).hasToString("REJECTED");
        assertThat(closed.reference()).startsWith("CT-" + year + "-");

        JsonNode answer = expect(director60.get(decision(id)), 200);
        assertThat(answer.path("people").path(DEPUTY_60.personId()).asText()).isEqualTo("Karim Haddad");
        assertThat(answer.path("organisations").path("cdg-60").asText()).isEqualTo("CDG de l'Oise");

        before = world.eventCount();
        refused(world, before, director60.post(decision(id) + "/votes", "{\"option\":\"pour\"}"), 409, "decision.closed");
        refused(world, before, officer.post(decision(id) + "/close", ""), 409, "decision.closed");

        JsonNode register = expect(director60.get(A + "/bodies/" + BODY + "/register?year=" + year), 200);
        assertThat(register).extracting(entry -> entry.path("reference").asText()).contains(closed.reference());
        ApiClient.Response csv = director60.getAccepting(A + "/bodies/" + BODY + "/register.csv?year=" + year, "text/csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("\"Numéro\",\"Close le\",\"Question\"")
                              .contains("\"" + closed.reference() + "\"", "\"Valider la feuille de route 2027 ?\"",
                                        "\"rejetée\"", "\"2/2\"");

        for (String path : List.of(A + "/bodies/" + BODY + "/register.pdf?year=" + year,
                                   "/cooperations/" + ApiWorld.HDF + "/instances/" + BODY + "/registre.pdf")) {
            HttpResponse<byte[]> pdf = director60.getBytes(path, "application/pdf");
            assertThat(pdf.statusCode()).as(path).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
            try (PDDocument document = Loader.loadPDF(pdf.body())) {
                String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
                assertThat(text).contains("Registre des décisions", closed.reference(), "Valider la feuille de route 2027 ?",
                                          "rejetée", "2 / 2");
                assertThat(document.getDocumentInformation().getTitle()).contains("Registre des décisions");
            }
        }
        long before2 = world.eventCount();
        HttpResponse<byte[]> outsider = world.signedIn(ApiWorld.MEMBER_HDF).getBytes(A + "/bodies/" + BODY + "/register.pdf",
                                                                                   "application/pdf");
        assertThat(outsider.statusCode()).isEqualTo(404);
        assertThat(world.eventCount()).isEqualTo(before2);
    }

    @Test
    void anAnnulledDecisionKeepsItsNumberAndSaysWhy(ApiWorld world) {
        String id = openLive(officer, "Arbitrer l'étude sur l'absentéisme ?");
        expect(director59.post(decision(id) + "/votes", "{\"option\":\"pour\"}"), 200);
        awaitDecision(world, id, view -> view.votes().size() == 1);
        long before = world.eventCount();
        refused(world, before, officer.post(decision(id) + "/annulment", "{\"reason\":\"Erreur\"}"), 409, "decision.not-closed");
        expect(officer.post(decision(id) + "/close", ""), 204);
        String reference = awaitDecision(world, id, view -> view.reference() != null).reference();

        before = world.eventCount();
        refused(world, before, director59.post(decision(id) + "/annulment", "{\"reason\":\"Erreur\"}"), 403,
                "decision.officer-or-convenor-required");
        refused(world, before, officer.post(decision(id) + "/annulment", "{\"reason\":\"  \"}"), 422, "decision.reason-required");
        expect(officer.post(decision(id) + "/annulment", "{\"reason\":\"La question portait sur une étude retirée.\"}"), 204);

        var annulled = awaitDecision(world, id, view -> view.status() == DecisionStatus.ANNULLED);
        assertThat(annulled.annulmentReason()).isEqualTo("La question portait sur une étude retirée.");
        assertThat(annulled.reference()).isEqualTo(reference);
        JsonNode register = expect(officer.get(A + "/bodies/" + BODY + "/register"), 200);
        JsonNode entry = null;
        for (JsonNode line : register) {
            if (line.path("decisionId").asText().equals(id)) {
                entry = line;
            }
        }
        assertThat(entry).isNotNull();
        assertThat(entry.path("status").asText()).isEqualTo("ANNULLED");
        assertThat(entry.path("annulmentReason").asText()).isEqualTo("La question portait sur une étude retirée.");
    }

    @Test
    void aDirectorDesignatesADelegateOfTheCentreWhoVotesUntilRevoked(ApiWorld world) {
        String id = openArbitration(officer, "Lancer l'enquête flash sur le télétravail ?");
        ApiClient colleague = world.signedIn(COLLEAGUE_60);
        long before = world.eventCount();
        refused(world, before, colleague.post(decision(id) + "/votes", "{\"option\":\"pour\"}"), 404, "decision.not-found");
        refused(world, before, director59.put(decision(id) + "/delegate",
                                              "{\"delegateId\":\"" + COLLEAGUE_60.personId() + "\"}"), 422,
                "decision.delegate-not-of-centre");

        expect(director60.put(decision(id) + "/delegate", "{\"delegateId\":\"" + COLLEAGUE_60.personId() + "\"}"), 204);
        awaitDecision(world, id, view -> !view.delegates().isEmpty());
        expect(colleague.get(decision(id)), 200);
        expect(colleague.post(decision(id) + "/votes", "{\"option\":\"abstention\"}"), 200);
        var voted = awaitDecision(world, id, view -> view.votes().size() == 1);
        assertThat(voted.votes().get(0).organisationId()).isEqualTo("cdg-60");
        assertThat(voted.votes().get(0).voterId()).isEqualTo(COLLEAGUE_60.personId());

        expect(director60.delete(decision(id) + "/delegate"), 204);
        awaitDecision(world, id, view -> view.delegates().isEmpty());
        before = world.eventCount();
        refused(world, before, colleague.post(decision(id) + "/votes", "{\"option\":\"pour\"}"), 404, "decision.not-found");
        assertThat(awaitDecision(world, id, view -> true).history()).extracting(entry -> entry.what())
                .containsExactly("opened", "delegate", "vote", "delegate-revoked");
    }

    @Test
    void badInputIsRefusedWithTheFieldAndNothingStored(ApiWorld world) {
        String path = A + "/bodies/" + BODY + "/decisions";
        long before = world.eventCount();
        JsonNode empty = refused(world, before, officer.post(path, "{\"question\":\"  \",\"mode\":\"LIVE\"}"), 422,
                                 "decision.question-required");
        assertThat(empty.path("field").asText()).isEqualTo("question");
        refused(world, before, officer.post(path, """
                {"question":"Valider ?","mode":"ASYNCHRONOUS","deadline":"%s"}""".formatted(Instant.now().minusSeconds(60))),
                422, "decision.deadline-too-soon");
        refused(world, before, officer.post(path, """
                {"question":"Valider ?","mode":"ASYNCHRONOUS","deadline":"%s"}""".formatted(Instant.now().plus(Duration.ofMinutes(30)))),
                422, "decision.deadline-too-soon");
        refused(world, before, officer.post(path, "{\"question\":\"Valider ?\",\"mode\":\"ASYNCHRONOUS\"}"), 422,
                "decision.deadline-required");
        refused(world, before, officer.post(path, "{\"question\":\"Valider ?\",\"mode\":\"LIVE\",\"options\":[\"A\",\"a\"]}"),
                422, "decision.options-invalid");
        refused(world, before, officer.post(path, "{\"question\":\"Valider ?\",\"mode\":\"LIVE\",\"quorum\":3}"), 422,
                "decision.quorum-invalid");
        JsonNode tooLong = refused(world, before, officer.post(path, "{\"question\":\"" + "x".repeat(301) + "\",\"mode\":\"LIVE\"}"),
                                   422, "request.invalid-fields");
        assertThat(tooLong.path("field").asText()).isEqualTo("question");
        refused(world, before, director59.post(path, "{\"question\":\"Valider ?\",\"mode\":\"LIVE\"}"), 403,
                "decision.officer-or-convenor-required");
        assertThat(officer.post(path, "{\"question\":\"Valider ?\",\"mode\":\"LATER\"}").status()).isEqualTo(400);
        assertThat(officer.post(path, "{\"question\":\"Valider ?\",\"mode\":\"LIVE\",\"colour\":\"red\"}").status()).isEqualTo(400);
        assertThat(world.eventCount()).isEqualTo(before);

        String id = openLive(officer, "Valider le baromètre ?");
        before = world.eventCount();
        refused(world, before, director59.post(decision(id) + "/votes", "{\"option\":\"peut-être\"}"), 422, "decision.option-unknown");
        refused(world, before, director59.post(decision(id) + "/votes", "{\"option\":\"\"}"), 422, "decision.option-required");
        refused(world, before, world.signedIn(PARTNER).post(decision(id) + "/votes", "{\"option\":\"pour\"}"), 403,
                "decision.not-a-voter");
        refused(world, before, world.signedIn(ApiWorld.MEMBER_HDF).post(decision(id) + "/votes", "{\"option\":\"pour\"}"),
                404, "decision.not-found");
    }

    @Test
    void namedOptionsAndTwoThirds(ApiWorld world) {
        String id = CommitteeDecisions.decisionOpenedWith(officer, """
                {"question":"Quelle étude lancer ?","mode":"LIVE","options":["Absentéisme","Télétravail"],
                 "majority":"TWO_THIRDS","quorum":2,"concernKind":"STUDY","concernReference":"etude-2027"}""");
        expect(director59.post(decision(id) + "/votes", "{\"option\":\"télétravail\"}"), 200);
        expect(director60.post(decision(id) + "/votes", "{\"option\":\"Télétravail\"}"), 200);
        awaitDecision(world, id, view -> view.votes().size() == 2);
        expect(officer.post(decision(id) + "/close", ""), 204);
        var closed = awaitDecision(world, id, view -> view.status() == DecisionStatus.CLOSED);
        assertThat(closed.outcome()).hasToString("ADOPTED");
        assertThat(closed.adoptedOption()).isEqualTo("Télétravail");
        assertThat(closed.concern().referenceId()).isEqualTo("etude-2027");
    }
}
