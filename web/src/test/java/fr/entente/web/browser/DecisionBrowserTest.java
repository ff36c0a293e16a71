package fr.entente.web.browser;

import com.fasterxml.jackson.databind.JsonNode;
import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.RunningHub;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import static fr.entente.web.browser.BrowserSteps.PASSWORD;
import static fr.entente.web.browser.BrowserSteps.check;
import static fr.entente.web.browser.BrowserSteps.markNoReload;
import static fr.entente.web.browser.BrowserSteps.notReloaded;
import static fr.entente.web.browser.BrowserSteps.setValue;
import static fr.entente.web.browser.BrowserSteps.signIn;
import static fr.entente.web.browser.BrowserSteps.signOut;
import static fr.entente.web.browser.BrowserSteps.submit;
import static fr.entente.web.browser.BrowserSteps.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A decision in a real browser (headless Chromium, demo data): the technical committee's convenor opens an
 * arbitration from the body's page, its page shows the text rendered from Markdown with nothing of a script, and
 * the tally follows live, without a reload, as a director votes; the director finds it "À arbitrer" on their home
 * page, votes and changes their vote from its page; an early close before every centre voted is refused on the page;
 * the register lists the body's decisions. axe-core finds no serious violation on the new pages.
 */
class DecisionBrowserTest {

    private static final String HDF = "/cooperations/hauts-de-france";

    @TempDir
    static Path data;

    private static RunningHub hub;
    private static HeadlessChromium browser;
    private static String base;

    @BeforeAll
    static void start() {
        hub = RunningHub.startWithDemoData(data, RunningHub.freshDatabaseName());
        base = "http://localhost:" + hub.port();
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stop() {
        browser.close();
        hub.close();
    }

    @Test
    void anArbitrationFromItsOpeningToTheVotesFollowedLive() {
        WebDriver page = browser.driver();
        List<Axe.Violation> violations = new ArrayList<>();
        signIn(page, base, "directeur.80");

        page.get(base + HDF + "/instances/comite-technique");
        page.findElement(By.id("lien-nouvelle-decision")).click();
        violations.addAll(check("nouvelle décision", page));
        page.findElement(By.id("question")).sendKeys("Valider la diffusion de l’étude sur l’absentéisme ?");
        page.findElement(By.id("texte")).sendKeys("L’étude est **prête**.\n\n<script>window.pirate = true;</script>");
        setValue(page, "echeance", LocalDateTime.now(ZoneId.of("Europe/Paris")).plusDays(2)
                                                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")));
        submit(page, "main form");
        waitFor(page, By.id("confirmation"), "soumise");
        String decisionPage = page.getCurrentUrl();
        String decisionId = decisionPage.substring(decisionPage.lastIndexOf('/') + 1);
        assertThat(page.findElement(By.cssSelector(".texte-long strong")).getText()).isEqualTo("prête");
        assertThat(page.findElements(By.cssSelector(".texte-long script"))).isEmpty();
        assertThat(page.getPageSource()).doesNotContain("window.pirate = true;</script>");
        violations.addAll(check("décision (animateur·rice)", page));

        markNoReload(page);
        ApiClient director = ApiClient.signedIn(hub.port(), "directeur.02", PASSWORD);
        assertThat(director.post("/api" + HDF + "/decisions/" + decisionId + "/votes", "{\"option\":\"pour\"}").status())
                .isEqualTo(200);
        waitFor(page, By.cssSelector("#tableau-decompte caption"), "1 centres sur 5");
        waitFor(page, By.cssSelector("#votants tr[data-centre='cdg-02']"), "pour");
        assertThat(notReloaded(page)).as("the tally followed without a reload").isTrue();

        submit(page, "form[action$='/cloture']");
        waitFor(page, By.cssSelector(".erreur"), "1 centres sur 5 ont voté");

        page.get(base + HDF + "/instances/comite-technique/registre");
        violations.addAll(check("registre", page));
        assertThat(page.findElement(By.id("export-pdf")).getAttribute("href")).endsWith("/registre.pdf");
        assertThat(page.findElement(By.id("export-csv")).getAttribute("href")).endsWith("/registre.csv");
        signOut(page);

        signIn(page, base, "directeur.02");
        waitFor(page, By.id("a-arbitrer"), "Valider la diffusion de l’étude sur l’absentéisme ?");
        waitFor(page, By.id("a-arbitrer"), "votre centre a voté");
        violations.addAll(check("accueil, à arbitrer", page));
        page.findElement(By.linkText("Valider la diffusion de l’étude sur l’absentéisme ?")).click();
        waitFor(page, By.id("vote-actuel"), "pour");
        page.findElement(By.cssSelector("label[for='option-1']")).click();
        submit(page, "form[action$='/vote']");
        waitFor(page, By.id("confirmation"), "contre");
        waitFor(page, By.cssSelector("#votants tr[data-centre='cdg-02']"), "contre");
        violations.addAll(check("décision (directeur·rice)", page));
        signOut(page);

        JsonNode decision = director.get("/api" + HDF + "/decisions/" + decisionId).json();
        assertThat(decision.path("decision").path("votes").get(0).path("option").asText()).isEqualTo("contre");
        assertThat(violations).noneMatch(Axe.Violation::isSeriousOrCritical);
    }

    @Test
    void aBodysPageFollowsItsOpenDecisionsLive() {
        WebDriver page = browser.driver();
        signIn(page, base, "directeur.62");
        page.get(base + HDF + "/instances/comite-technique");
        waitFor(page, By.id("decisions"), "Registre des décisions");
        markNoReload(page);

        ApiClient convenor = ApiClient.signedIn(hub.port(), "directeur.80", PASSWORD);
        assertThat(convenor.post("/api" + HDF + "/bodies/comite-technique/decisions",
                                 "{\"question\":\"Adopter le calendrier des comités de 2027 ?\",\"mode\":\"LIVE\"}").status())
                .isEqualTo(201);
        waitFor(page, By.id("decisions-ouvertes"), "Adopter le calendrier des comités de 2027 ?");
        assertThat(notReloaded(page)).as("the list followed without a reload").isTrue();
        assertThat(check("instance, décisions en direct", page)).noneMatch(Axe.Violation::isSeriousOrCritical);
        signOut(page);
    }

    static void waitForUrl(WebDriver page, String end) {
        new WebDriverWait(page, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(end));
    }
}
