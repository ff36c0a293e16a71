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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static fr.entente.web.browser.BrowserSteps.PASSWORD;
import static fr.entente.web.browser.BrowserSteps.check;
import static fr.entente.web.browser.BrowserSteps.markNoReload;
import static fr.entente.web.browser.BrowserSteps.notReloaded;
import static fr.entente.web.browser.BrowserSteps.signIn;
import static fr.entente.web.browser.BrowserSteps.submit;
import static fr.entente.web.browser.BrowserSteps.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A study's page following its chain live in a real browser (headless Chromium, demo data of Hauts-de-France): the
 * officer keeps the page of a study a referent proposed open while it is put to the technical committee, validated by
 * the directors' votes (numbered in the register) and, after the officer launched it through the page's form, while
 * its progress is reported: the stage, the chain and the next steps change without a reload. axe-core finds no
 * serious violation on the page at any stage.
 */
class StudyLiveBrowserTest {

    private static final String HDF = "/cooperations/hauts-de-france";
    private static final String API = "/api" + HDF;

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
    void theStudyPageFollowsTheChainLive() {
        WebDriver page = browser.driver();
        List<Axe.Violation> violations = new ArrayList<>();
        ApiClient referent = ApiClient.signedIn(hub.port(), "referent.60", PASSWORD);
        ApiClient officer = ApiClient.signedIn(hub.port(), "officer.59", PASSWORD);
        ApiClient.Response proposed = referent.post(API + "/studies", """
                {"title":"Étude sur l'absentéisme 2025","question":"Quel absentéisme dans les collectivités de l'Oise ?",
                 "dataSources":["RSU","FLASH_SURVEY"],"requestingCentres":["cdg-60"]}""");
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        String studyId = proposed.json().path("studyId").asText();

        signIn(page, base, "officer.59");
        page.get(base + HDF + "/etudes/" + studyId);
        BrowserSteps.reloadUntilShown(page, By.id("etape"));
        waitFor(page, By.id("etape"), "Proposées");
        assertThat(page.findElement(By.id("suites")).getText()).contains("Soumettre au comité technique");
        violations.addAll(check("étude proposée", page));
        markNoReload(page);

        ApiClient.Response submitted = officer.post(API + "/studies/" + studyId + "/validation",
                "{\"bodyId\":\"comite-technique\",\"deadline\":\"" + Instant.now().plus(Duration.ofDays(2)) + "\"}");
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        waitFor(page, By.id("etape"), "En cours de validation");
        waitFor(page, By.id("validation"), "Décision du comité technique en cours");
        String decision = API + "/decisions/" + submitted.json().path("decisionId").asText();
        for (String centre : List.of("02", "59", "60", "62", "80")) {
            ApiClient director = ApiClient.signedIn(hub.port(), "directeur." + centre, PASSWORD);
            assertThat(director.post(decision + "/votes", "{\"option\":\"pour\"}").status()).isEqualTo(200);
        }
        ApiClient convenor = ApiClient.signedIn(hub.port(), "directeur.80", PASSWORD);
        BrowserSteps.waitFor(page, By.id("etape"), "En cours de validation");
        new org.openqa.selenium.support.ui.WebDriverWait(page, Duration.ofSeconds(15))
                .until(driver -> convenor.post(decision + "/close", "").status() == 204);
        waitFor(page, By.id("etape"), "Validées, à lancer");
        waitFor(page, By.id("validation"), "Validée par le comité technique (décision CT-");
        waitFor(page, By.id("suites"), "Lancer l’étude");
        assertThat(notReloaded(page)).as("the chain followed without a reload").isTrue();
        violations.addAll(check("étude validée", page));

        page.findElement(By.id("lancement-etapes")).sendKeys("Questionnaire envoyé ; 2027-04-15");
        new org.openqa.selenium.support.ui.Select(page.findElement(By.id("lancement-chef"))).selectByValue("cdg-59");
        submit(page, "#form-lancement");
        waitFor(page, By.id("confirmation"), "L’étude est lancée.");
        waitFor(page, By.id("lancement"), "Chef de file : Centre de Gestion du Nord");
        markNoReload(page);

        assertThat(officer.post(API + "/studies/" + studyId + "/progress",
                                "{\"text\":\"Questionnaire parti aux collectivités\",\"milestoneId\":\"etape-1\"}").status())
                .isEqualTo(204);
        waitFor(page, By.id("avancement"), "Questionnaire parti aux collectivités");
        assertThat(notReloaded(page)).as("the progress followed without a reload").isTrue();
        violations.addAll(check("étude en cours", page));

        assertThat(violations).noneMatch(Axe.Violation::isSeriousOrCritical);
    }
}
