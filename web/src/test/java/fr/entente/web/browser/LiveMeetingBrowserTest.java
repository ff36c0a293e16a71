package fr.entente.web.browser;

import com.fasterxml.jackson.databind.JsonNode;
import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.RunningHub;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

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
 * A live meeting as the officer runs it in a real browser (headless Chromium, demo data): moving quickly through the
 * agenda and recording on each item, every record lands on the item the page shows; a refused note keeps its text on
 * the page's own address while live updates go on, and a form's address opened in the address bar leads to its page;
 * the whole attendance in one form, a refusal naming the line to fix.
 */
class LiveMeetingBrowserTest {

    private static final String COOPERATION = "/api/cooperations/hauts-de-france";
    private static final AtomicInteger DAYS = new AtomicInteger(7);

    @TempDir
    static Path data;

    private static RunningHub hub;
    private static HeadlessChromium browser;
    private static ApiClient officerApi;
    private static String base;

    private WebDriver officer;
    private String meetingId;
    private final Map<String, String> items = new LinkedHashMap<>();

    @BeforeAll
    static void start() {
        hub = RunningHub.startWithDemoData(data, RunningHub.freshDatabaseName());
        base = "http://localhost:" + hub.port();
        officerApi = ApiClient.signedIn(hub.port(), "officer.59", PASSWORD);
        browser = HeadlessChromium.start();
        signIn(browser.driver(), base, "officer.59");
    }

    @AfterAll
    static void stop() {
        browser.close();
        hub.close();
    }

    /** A meeting of the working group with five items, started. */
    @BeforeEach
    void aLiveMeeting() {
        officer = browser.driver();
        meetingId = officerApi.post(COOPERATION + "/bodies/groupe-de-travail/meetings", """
                {"title":"Séance de travail","date":"%s","startTime":"09:30","endTime":"12:00","place":"Lille"}"""
                .formatted(LocalDate.now().plusDays(DAYS.getAndIncrement()))).json().path("meetingId").asText();
        for (String title : List.of("Accueil", "Baromètre RH", "Enquête flash", "Concours 2027", "Questions diverses")) {
            items.put(officerApi.post(api() + "/agenda/items", "{\"title\":\"" + title + "\",\"purpose\":\"DISCUSSION\"}")
                                .json().path("itemId").asText(), title);
        }
        assertThat(officerApi.post(api() + "/start", "").status()).isEqualTo(204);
        // started through the API a moment ago: the page shows it once the read model has it
        officer.get(livePage());
        reloadUntilShown(officer, By.id("noter-presences"));
    }

    @Test
    void movingQuicklyThroughTheAgendaEveryRecordLandsOnTheItemShown() {
        for (Map.Entry<String, String> item : items.entrySet()) {
            officer.findElement(By.cssSelector("#deroule form:has(input[value='" + item.getKey() + "']) button")).click();
            // the form says which item it records on, and sends that item: never "the current one" implied
            waitFor(officer, By.cssSelector("#consigner .point-vise"), item.getValue());
            assertThat(officer.findElement(By.cssSelector("#consigner form[action$='/propositions'] input[name=itemId]"))
                              .getAttribute("value")).isEqualTo(item.getKey());
            officer.findElement(By.id("proposition-texte")).sendKeys("Proposition sur « " + item.getValue() + " »");
            new Select(officer.findElement(By.id("proposition-auteur"))).selectByValue("organisation:cdg-60");
            new Select(officer.findElement(By.id("proposition-suite"))).selectByValue("ADOPTED");
            submit(officer, "form[action$='/propositions']");
            waitFor(officer, By.id("confirmation"), "La proposition est consignée");
        }

        JsonNode proposals = officerApi.get(api()).json().path("proposals");
        assertThat(proposals).hasSize(items.size());
        proposals.forEach(proposal -> assertThat(proposal.path("text").asText())
                .isEqualTo("Proposition sur « " + items.get(proposal.path("itemId").asText()) + " »"));
    }

    @Test
    void aRefusedNoteKeepsItsTextOnThePageWhichGoesOnFollowingTheMeeting() {
        String itemId = items.keySet().iterator().next();
        officerApi.put(api() + "/current-item", "{\"itemId\":\"" + itemId + "\"}");
        officer.get(livePage());
        waitFor(officer, By.id("point-courant-titre"), "Accueil");
        String tooLong = "Texte à garder. " + "x".repeat(20_000);
        ((JavascriptExecutor) officer).executeScript(
                "const area = document.getElementById('texte-nouvelle-note'); area.removeAttribute('maxlength'); area.value = arguments[0];",
                tooLong);
        submit(officer, "#nouvelle-note");

        waitFor(officer, By.cssSelector("#nouvelle-note [role=alert]"), "20");
        assertThat(officer.getCurrentUrl()).as("the page's own address, not the form's").isEqualTo(livePage());
        assertThat(officer.findElement(By.id("texte-nouvelle-note")).getAttribute("value")).isEqualTo(tooLong);
        List<Axe.Violation> violations = new ArrayList<>(check("en direct, note refusée", officer));

        markNoReload(officer);
        officerApi.post(api() + "/proposals", "{\"itemId\":\"" + itemId + "\",\"proposedByOrganisationId\":\"cdg-59\","
                                              + "\"text\":\"Adopter l’ordre du jour\",\"outcome\":\"ADOPTED\"}");
        waitFor(officer, By.id("releve"), "Adopter l’ordre du jour");
        assertThat(notReloaded(officer)).as("followed live, without a reload").isTrue();
        assertThat(officer.findElement(By.id("texte-nouvelle-note")).getAttribute("value"))
                .as("no live update replaces a text not sent").isEqualTo(tooLong);

        officer.get(base + "/cooperations/hauts-de-france/reunions/" + meetingId + "/notes");
        assertThat(officer.getCurrentUrl()).as("a form's address leads to its page")
                                           .isEqualTo(base + "/cooperations/hauts-de-france/reunions/" + meetingId);
        assertThat(officer.findElement(By.tagName("h1")).getText()).contains("Séance de travail");
        assertThat(violations).noneMatch(Axe.Violation::isSeriousOrCritical);
    }

    @Test
    void theWholeAttendanceInOneFormARefusalNamingTheLineToFix() {
        List<String> members = new ArrayList<>();
        officerApi.get(COOPERATION + "/bodies/groupe-de-travail").json().path("members")
                  .forEach(member -> members.add(member.path("personId").asText()));
        assertThat(members).hasSize(6);
        String represented = members.get(1);
        for (String member : members) {
            new Select(officer.findElement(By.id("presence-" + member)))
                    .selectByValue(member.equals(represented) ? "REPRESENTED" : "PRESENT");
        }
        officer.findElement(By.id("noter-presences")).click();

        waitFor(officer, By.id("represente-" + represented + "-erreur"), "représente");
        assertThat(new Select(officer.findElement(By.id("presence-" + represented))).getFirstSelectedOption().getAttribute("value"))
                .as("what was chosen is kept").isEqualTo("REPRESENTED");
        assertThat(officerApi.get(api()).json().path("attendance")).as("nothing recorded").isEmpty();

        new Select(officer.findElement(By.id("represente-" + represented))).selectByValue(members.get(2));
        officer.findElement(By.id("noter-presences")).click();
        waitFor(officer, By.id("confirmation"), "présences");
        JsonNode attendance = officerApi.get(api()).json().path("attendance");
        assertThat(attendance).hasSize(6);
        attendance.forEach(entry -> {
            if (entry.path("personId").asText().equals(represented)) {
                assertThat(entry.path("status").asText()).isEqualTo("REPRESENTED");
                assertThat(entry.path("representedBy").asText()).isEqualTo(members.get(2));
            } else {
                assertThat(entry.path("status").asText()).isEqualTo("PRESENT");
            }
        });
    }

    @Test
    void aRequestsDescriptionReadsAsTextNotAsItsTitle() {
        ApiClient referent = ApiClient.signedIn(hub.port(), "referent.60", PASSWORD);
        String meetingId = officerApi.post(COOPERATION + "/bodies/groupe-de-travail/meetings", """
                {"title":"Séance à venir","date":"%s","startTime":"09:30","endTime":"12:00","place":"Lille"}"""
                .formatted(LocalDate.now().plusDays(DAYS.getAndIncrement()))).json().path("meetingId").asText();
        String requestId = referent.post(COOPERATION + "/meetings/" + meetingId + "/agenda/requests",
                "{\"title\":\"Absentéisme\",\"purpose\":\"DISCUSSION\",\"description\":\"Les chiffres de l’Oise\"}")
                                   .json().path("requestId").asText();
        officer.get(base + "/cooperations/hauts-de-france/reunions/" + meetingId);
        By description = By.cssSelector("#demande-" + requestId + " .description");
        reloadUntilShown(officer, description);
        assertThat(officer.findElement(description).getCssValue("font-weight")).isEqualTo("400");
        assertThat(officer.findElement(By.cssSelector("#demande-" + requestId + " th span")).getCssValue("font-weight"))
                .isEqualTo("700");
    }

    private String api() {
        return COOPERATION + "/meetings/" + meetingId;
    }

    private String livePage() {
        return base + "/cooperations/hauts-de-france/reunions/" + meetingId + "/en-direct";
    }
}
