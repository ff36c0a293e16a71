package fr.entente.web.browser;

import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.RunningHub;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static fr.entente.web.browser.BrowserSteps.PASSWORD;
import static fr.entente.web.browser.BrowserSteps.check;
import static fr.entente.web.browser.BrowserSteps.signIn;
import static fr.entente.web.browser.BrowserSteps.signOut;
import static fr.entente.web.browser.BrowserSteps.submit;
import static fr.entente.web.browser.BrowserSteps.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The studies' pages and the read models' page in a real browser (headless Chromium, demo data): a study proposed by
 * a referent of the Hauts-de-France working group shows in its officer's list and on its own page; an administrator
 * rebuilds the decisions' read model from the page and sees it switched. axe-core finds no serious violation.
 */
class StudyAndOperationsPagesBrowserTest {

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
    void aStudyAndTheReadModelsPagesInABrowser() {
        WebDriver page = browser.driver();
        List<Axe.Violation> violations = new ArrayList<>();
        ApiClient referent = ApiClient.signedIn(hub.port(), "referent.60", PASSWORD);
        ApiClient.Response proposed = referent.post("/api" + HDF + "/studies", """
                {"title":"Étude sur les départs en retraite","question":"Combien de départs d'ici 2030 ?",
                 "dataSources":["RSU","GPEEC"],"requestingCentres":["cdg-60"]}""");
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        String studyId = proposed.json().path("studyId").asText();

        signIn(page, base, "officer.59");
        page.get(base + HDF + "/etudes");
        BrowserSteps.reloadUntilShown(page, By.linkText("Étude sur les départs en retraite"));
        assertThat(page.findElement(By.id("etape-PROPOSED")).getText()).contains("Proposées");
        violations.addAll(check("études", page));
        page.findElement(By.linkText("Étude sur les départs en retraite")).click();
        waitFor(page, By.id("etape"), "Proposées");
        assertThat(page.findElement(By.id("proposition")).getText())
                .contains("Combien de départs d'ici 2030 ?", "rapport social unique, GPEEC", "Référent·e de l'Oise (CDG 60)");
        assertThat(page.getCurrentUrl()).endsWith("/etudes/" + studyId);
        violations.addAll(check("étude", page));
        signOut(page);

        signIn(page, base, "admin.hdf");
        page.get(base + "/exploitation/modeles-de-lecture");
        waitFor(page, By.id("modele-decisions"), "Collection : decisions");
        violations.addAll(check("modèles de lecture", page));
        submit(page, "form[action$='/decisions/reconstruction']");
        BrowserSteps.reloadUntilShown(page, By.xpath("//*[contains(text(), 'Reconstruit')]"));
        assertThat(page.findElement(By.id("modele-decisions")).getText()).contains("Collection : decisions_");
        violations.addAll(check("modèles de lecture, reconstruit", page));
        signOut(page);

        assertThat(violations).noneMatch(Axe.Violation::isSeriousOrCritical);
    }
}
