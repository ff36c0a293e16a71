package fr.entente.web.browser;

import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.RunningHub;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static fr.entente.web.browser.BrowserSteps.PASSWORD;
import static fr.entente.web.browser.BrowserSteps.check;
import static fr.entente.web.browser.BrowserSteps.markNoReload;
import static fr.entente.web.browser.BrowserSteps.notReloaded;
import static fr.entente.web.browser.BrowserSteps.signIn;
import static fr.entente.web.browser.BrowserSteps.submit;
import static fr.entente.web.browser.BrowserSteps.waitFor;
import static fr.entente.web.testing.ApiWorld.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo roadmap of Hauts-de-France in a real browser (headless Chromium): the officer finds it put to the technical
 * committee, with the study in progress that serves one of its actions; the page follows the directors' votes and the
 * close live, validated with the register's number, without a reload; the officer then reports an action's progress
 * through the page's form. axe-core finds no serious violation.
 */
class RoadmapBrowserTest {

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
    void theObservatorysRoadmapValidatedLiveThenItsProgress() {
        WebDriver page = browser.driver();
        List<Axe.Violation> violations = new ArrayList<>();
        ApiClient officer = ApiClient.signedIn(hub.port(), "officer.59", PASSWORD);
        String roadmapId = eventually(() -> Optional.of(officer.get("/api" + HDF + "/roadmaps").json())
                                                    .filter(list -> list.size() == 1)
                                                    .map(list -> list.get(0).path("roadmapId").asText()));
        String decisionId = officer.get("/api" + HDF + "/roadmaps/" + roadmapId).json()
                                   .path("validation").path("decisionId").asText();

        signIn(page, base, "officer.59");
        page.get(base + HDF + "/feuilles-de-route");
        violations.addAll(check("feuilles de route", page));
        page.findElement(By.partialLinkText("Feuille de route 2026")).click();
        waitFor(page, By.id("etape"), "soumise au comité");
        assertThat(page.findElement(By.id("axes")).getText())
                .contains("Axe 1 : Produire les études statistiques", "Chef de file", "Étude sur l'absentéisme 2025");
        violations.addAll(check("feuille de route soumise", page));
        markNoReload(page);

        for (String centre : List.of("02", "59", "60", "62", "80")) {
            ApiClient director = ApiClient.signedIn(hub.port(), "directeur." + centre, PASSWORD);
            assertThat(director.post("/api" + HDF + "/decisions/" + decisionId + "/votes", "{\"option\":\"pour\"}").status())
                    .isEqualTo(200);
        }
        ApiClient convenor = ApiClient.signedIn(hub.port(), "directeur.80", PASSWORD);
        assertThat(convenor.post("/api" + HDF + "/decisions/" + decisionId + "/close", "").status()).isEqualTo(204);
        waitFor(page, By.id("etape"), "validée");
        waitFor(page, By.id("validation"), "Validée par le comité (décision CT-");
        waitFor(page, By.id("suites"), "Rendre compte de l’avancement d’une action");
        assertThat(notReloaded(page)).as("the roadmap followed without a reload").isTrue();

        new Select(page.findElement(By.id("avancement-action"))).selectByVisibleText("Mener l'étude sur l'absentéisme 2025");
        page.findElement(By.id("avancement-pourcentage")).sendKeys("30");
        page.findElement(By.id("avancement-texte")).sendKeys("Étude validée et lancée");
        submit(page, "#form-avancement");
        waitFor(page, By.id("confirmation"), "L’avancement de l’action est enregistré.");
        waitFor(page, By.id("action-action-1-4"), "Étude validée et lancée");
        violations.addAll(check("feuille de route validée", page));
        assertThat(page.findElement(By.id("export-pdf")).getAttribute("href")).endsWith("/feuille-de-route.pdf");

        assertThat(violations).noneMatch(Axe.Violation::isSeriousOrCritical);
    }
}
