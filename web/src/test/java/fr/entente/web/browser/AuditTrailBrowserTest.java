package fr.entente.web.browser;

import fr.entente.web.testing.RunningHub;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static fr.entente.web.browser.BrowserSteps.check;
import static fr.entente.web.browser.BrowserSteps.signIn;
import static fr.entente.web.browser.BrowserSteps.submit;
import static fr.entente.web.browser.BrowserSteps.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A director reads the audit trail in headless Chromium: from the home page to the trail, narrowed to the technical
 * committee, an act's "why", then the proof page where they verify the log: intact. A referent of the working group is
 * refused. axe-core finds no serious or critical violation on the three pages.
 */
class AuditTrailBrowserTest {

    @TempDir
    Path data;

    @Test
    void aDirectorFiltersTheTrailAsksWhyAndVerifiesTheLog() {
        List<Axe.Violation> violations = new ArrayList<>();
        try (RunningHub hub = RunningHub.startWithDemoData(data, RunningHub.freshDatabaseName());
             HeadlessChromium browser = HeadlessChromium.start()) {
            String base = "http://localhost:" + hub.port();
            WebDriver director = browser.driver();
            signIn(director, base, "directeur.59");
            director.findElement(By.cssSelector("a[href='/cooperations/hauts-de-france/journal']")).click();
            assertThat(director.findElement(By.tagName("h1")).getText()).isEqualTo("Journal d’audit");
            assertThat(director.findElements(By.cssSelector("table.journal tbody tr"))).hasSizeGreaterThan(20);
            violations.addAll(check("journal", director));

            new Select(director.findElement(By.id("body"))).selectByValue("comite-technique");
            new Select(director.findElement(By.id("kind"))).selectByValue("cooperation");
            submit(director, "form.filtres");
            waitFor(director, By.cssSelector("table.journal"), "Comité technique (CODIR)");
            List<String> acts = director.findElements(By.cssSelector("table.journal tbody tr td:nth-child(2) > span")).stream()
                                        .map(element -> element.getText()).toList();
            assertThat(acts).isNotEmpty().allSatisfy(act -> assertThat(act).contains("Comité technique (CODIR)"));
            assertThat(acts).anySatisfy(act -> assertThat(act).contains("Directeur·rice du CDG 59", "comme membre"));

            director.findElement(By.cssSelector("table.journal tbody tr a[href*='/journal/']")).click();
            assertThat(director.findElement(By.tagName("h1")).getText()).startsWith("Acte n°");
            assertThat(director.findElement(By.id("contenu")).getText()).contains("Pourquoi ?");
            violations.addAll(check("acte", director));

            director.get(base + "/cooperations/hauts-de-france/journal");
            director.findElement(By.cssSelector("a[href='/cooperations/hauts-de-france/journal/preuve']")).click();
            submit(director, "#verification form");
            waitFor(director, By.id("verification"), "Le journal est intact");
            assertThat(director.findElement(By.cssSelector("pre.cle")).getText()).startsWith("-----BEGIN PUBLIC KEY-----");
            violations.addAll(check("preuve", director));

            WebDriver referent = director;
            referent.manage().deleteAllCookies();
            signIn(referent, base, "referent.59");
            referent.get(base + "/cooperations/hauts-de-france/journal");
            assertThat(referent.findElement(By.tagName("h1")).getText()).isEqualTo("Accès réservé");
        }
        assertThat(violations).noneMatch(Axe.Violation::isSeriousOrCritical);
    }
}
