package fr.entente.web.browser;

import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.RunningHub;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static fr.entente.web.browser.BrowserSteps.PASSWORD;
import static fr.entente.web.browser.BrowserSteps.check;
import static fr.entente.web.browser.BrowserSteps.markNoReload;
import static fr.entente.web.browser.BrowserSteps.notReloaded;
import static fr.entente.web.browser.BrowserSteps.reloadUntilShown;
import static fr.entente.web.browser.BrowserSteps.signIn;
import static fr.entente.web.browser.BrowserSteps.submit;
import static fr.entente.web.browser.BrowserSteps.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A live decision in a meeting, in two real browsers (headless Chromium, demo data): the working group's officer puts
 * a proposal of the record to the vote from the live meeting; the referent of CDG 62, on the same meeting's page, sees
 * the vote open without a reload, follows it and votes from their screen; the officer records the votes given by
 * show of hands for two centres present; the tally follows live on both pages; the officer closes the vote, and the
 * outcome lands in the record, live on the referent's meeting page, then in the minutes' PDF.
 */
class ProposalVoteBrowserTest {

    private static final String HDF = "/cooperations/hauts-de-france";

    @TempDir
    static Path data;

    private static RunningHub hub;
    private static String base;

    @BeforeAll
    static void start() {
        hub = RunningHub.startWithDemoData(data, RunningHub.freshDatabaseName());
        base = "http://localhost:" + hub.port();
    }

    @AfterAll
    static void stop() {
        hub.close();
    }

    @Test
    void theOfficerPutsAProposalToTheVoteAReferentVotesAndTheOutcomeLandsInTheRecord() throws Exception {
        ApiClient officerApi = ApiClient.signedIn(hub.port(), "officer.59", PASSWORD);
        String meetingId = officerApi.post("/api" + HDF + "/bodies/groupe-de-travail/meetings", """
                {"title":"Groupe de travail de décembre","date":"%s","startTime":"09:30","endTime":"12:00","place":"Lille"}"""
                .formatted(LocalDate.now().plusDays(3))).json().path("meetingId").asText();
        String api = "/api" + HDF + "/meetings/" + meetingId;
        String itemId = officerApi.post(api + "/agenda/items", "{\"title\":\"Études de l'observatoire\",\"purpose\":\"DECISION\"}")
                                  .json().path("itemId").asText();
        assertThat(officerApi.post(api + "/start", "").status()).isEqualTo(204);
        assertThat(officerApi.put(api + "/current-item", "{\"itemId\":\"" + itemId + "\"}").status()).isEqualTo(200);
        assertThat(officerApi.post(api + "/proposals", """
                {"itemId":"%s","proposedByOrganisationId":"cdg-60","text":"Étude sur l'absentéisme 2025","outcome":"DEFERRED"}"""
                .formatted(itemId)).status()).isEqualTo(201);
        String livePage = base + HDF + "/reunions/" + meetingId + "/en-direct";
        List<Axe.Violation> violations = new ArrayList<>();

        try (HeadlessChromium first = HeadlessChromium.start();
             HeadlessChromium second = HeadlessChromium.start()) {
            WebDriver officer = first.driver();
            WebDriver referent = second.driver();
            signIn(officer, base, "officer.59");
            signIn(referent, base, "referent.62");
            officer.get(livePage);
            reloadUntilShown(officer, By.cssSelector("#point-courant form[action$='/propositions/vote']"));
            referent.get(livePage);
            reloadUntilShown(referent, By.cssSelector("#point-courant .propositions"));
            markNoReload(referent);

            submit(officer, "#point-courant form[action$='/propositions/vote']");
            waitFor(officer, By.id("confirmation"), "La proposition est aux voix");
            waitFor(officer, By.cssSelector("#point-courant .propositions"), "aux voix");
            violations.addAll(check("en direct, proposition aux voix", officer));

            // the referent's page shows the vote opened, without a reload, and leads to it
            waitFor(referent, By.cssSelector("#point-courant .propositions"), "suivre le vote et voter");
            assertThat(notReloaded(referent)).as("the vote appeared without a reload").isTrue();
            referent.findElement(By.linkText("suivre le vote et voter")).click();
            waitFor(referent, By.cssSelector("h1"), "Étude sur l'absentéisme 2025");
            officer.findElement(By.linkText("suivre le vote et voter")).click();
            waitFor(officer, By.id("lien-reunion"), "la réunion où elle est mise aux voix");
            violations.addAll(check("décision en réunion (chargé·e de mission)", officer));
            markNoReload(officer);

            referent.findElement(By.cssSelector("label[for='option-0']")).click();
            submit(referent, "form[action$='/vote']");
            waitFor(referent, By.id("confirmation"), "pour");
            markNoReload(referent);
            waitFor(officer, By.cssSelector("#votants tr[data-centre='cdg-62']"), "pour");
            assertThat(notReloaded(officer)).as("the officer's tally followed without a reload").isTrue();

            new Select(officer.findElement(By.id("centre-releve"))).selectByValue("cdg-59");
            officer.findElement(By.cssSelector("label[for='releve-option-0']")).click();
            submit(officer, "#releve-vote");
            waitFor(officer, By.id("confirmation"), "est relevé");
            new Select(officer.findElement(By.id("centre-releve"))).selectByValue("cdg-80");
            officer.findElement(By.cssSelector("label[for='releve-option-1']")).click();
            submit(officer, "#releve-vote");
            waitFor(officer, By.cssSelector("#votants tr[data-centre='cdg-80']"), "contre");
            waitFor(referent, By.cssSelector("#tableau-decompte caption"), "3 centres sur 5");
            waitFor(referent, By.cssSelector("#votants tr[data-centre='cdg-59']"), "pour");
            assertThat(notReloaded(referent)).as("the referent's tally followed without a reload").isTrue();
            violations.addAll(check("décision en réunion (référent·e)", referent));

            submit(officer, "form[action$='/cloture']");
            waitFor(officer, By.id("issue"), "adoptée");
            waitFor(referent, By.id("issue"), "adoptée");

            // the outcome lands in the record: on the meeting's page, live
            referent.get(livePage);
            markNoReload(referent);
            officer.get(livePage);
            waitFor(officer, By.id("releve"), "par le vote de l'instance, décision");
            waitFor(officer, By.id("releve"), "2 pour, 1 contre, 0 abstention (votants : 3 centres sur 5)");
            waitFor(referent, By.cssSelector("#point-courant .propositions"), "adoptée");
            violations.addAll(check("en direct, vote clos", officer));
        }

        // and in the minutes' PDF
        assertThat(officerApi.post(api + "/end", "").status()).isEqualTo(204);
        assertThat(officerApi.post(api + "/minutes", "").status()).isEqualTo(201);
        HttpResponse<byte[]> pdf = eventuallyThePdf(officerApi, HDF + "/reunions/" + meetingId + "/compte-rendu.pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains("Étudesurl'absentéisme2025", "adoptée", "parlevotedel'instance,décision",
                                      "2pour,1contre,0abstention(votants:3centressur5)");
        }
        assertThat(violations).noneMatch(Axe.Violation::isSeriousOrCritical);
    }

    /** The minutes drafted a moment ago through the API: the PDF answers once the read model has them. */
    private static HttpResponse<byte[]> eventuallyThePdf(ApiClient client, String path) throws Exception {
        HttpResponse<byte[]> pdf = client.getBytes(path, "application/pdf");
        for (int attempt = 0; attempt < 50 && pdf.statusCode() == 404; attempt++) {
            Thread.sleep(100);
            pdf = client.getBytes(path, "application/pdf");
        }
        assertThat(pdf.statusCode()).isEqualTo(200);
        return pdf;
    }
}
