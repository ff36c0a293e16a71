package fr.entente.web.browser;

import fr.entente.web.testing.RunningHub;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 3's browser test, in headless Debian Chromium: referent.59 signs in and sees the working group; admin.hdf,
 * in a second browser, seats them in the technical committee; the first browser's home page shows it without a
 * reload; then referent.59 opens the working group's page, admin.hdf makes referent.60 its convenor, and the page
 * shows the new role without a reload. axe-core checks the home, directory, body and administration pages: no
 * serious or critical violation.
 */
class DirectoryPagesBrowserTest {

    private static final String PASSWORD = "entente-demo-2026";

    @TempDir
    Path data;

    @Test
    void aBodyAddedByTheAdministratorShowsOnTheMembersHomePageWithoutReload() {
        List<Axe.Violation> violations = new ArrayList<>();
        try (RunningHub hub = RunningHub.startWithDemoData(data, RunningHub.freshDatabaseName());
             HeadlessChromium referentBrowser = HeadlessChromium.start();
             HeadlessChromium adminBrowser = HeadlessChromium.start()) {
            String base = "http://localhost:" + hub.port();
            WebDriver referent = referentBrowser.driver();
            WebDriver admin = adminBrowser.driver();

            signIn(referent, base, "referent.59");
            assertThat(referent.findElement(By.tagName("h1")).getText()).startsWith("Bonjour");
            assertThat(referent.findElement(By.id("contenu")).getText()).contains("Groupe de travail de l'observatoire");
            violations.addAll(check("accueil", referent));

            referent.get(base + "/cooperations/hauts-de-france");
            assertThat(referent.findElement(By.tagName("h1")).getText()).contains("Annuaire");
            violations.addAll(check("annuaire", referent));

            referent.get(base + "/");
            WebDriverWait wait = new WebDriverWait(referent, Duration.ofSeconds(10));
            By bodies = By.cssSelector("ul.instances[data-cooperation='hauts-de-france']");
            assertThat(referent.findElement(bodies).getText()).doesNotContain("Comité technique");
            // a mark that a reload would wipe out
            ((org.openqa.selenium.JavascriptExecutor) referent).executeScript("window.sansRechargement = true;");

            signIn(admin, base, "admin.hdf");
            admin.get(base + "/cooperations/hauts-de-france/administration");
            violations.addAll(check("administration", admin));
            new Select(admin.findElement(By.id("membre-instance"))).selectByValue("comite-technique");
            new Select(admin.findElement(By.id("membre-personne"))).selectByValue(personId("referent.59"));
            new Select(admin.findElement(By.id("membre-role"))).selectByValue("MEMBER");
            admin.findElement(By.cssSelector("form[action$='/administration/membres'] button[type=submit]")).click();
            new WebDriverWait(admin, Duration.ofSeconds(10))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("confirmation")));
            assertThat(admin.findElement(By.id("confirmation")).getText())
                    .contains("Référent·e du Nord (CDG 59)", "Comité technique (CODIR)", "membre");
            violations.addAll(check("administration après ajout", admin));

            wait.until(ExpectedConditions.textToBePresentInElementLocated(bodies, "Comité technique (CODIR)"));
            assertThat(referent.findElement(bodies).getText()).contains("comité technique, membre", "Groupe de travail");
            assertThat(((org.openqa.selenium.JavascriptExecutor) referent).executeScript("return window.sansRechargement === true;"))
                    .isEqualTo(true);
            assertThat(referent.findElement(By.id("annonce")).getText()).isNotBlank();

            // the body's page follows its members live too
            referent.get(base + "/cooperations/hauts-de-france/instances/groupe-de-travail");
            violations.addAll(check("instance", referent));
            By oise = By.xpath("//table[@id='membres']//tr[td[contains(., \"Référent·e de l'Oise\")]]");
            assertThat(referent.findElement(oise).getText()).contains("membre").doesNotContain("animateur");
            ((org.openqa.selenium.JavascriptExecutor) referent).executeScript("window.sansRechargement = true;");
            admin.get(base + "/cooperations/hauts-de-france/administration");
            String row = "groupe-de-travail-" + personId("referent.60");
            new Select(admin.findElement(By.id("role-" + row))).selectByValue("CONVENOR");
            admin.findElement(By.xpath("//select[@id='role-" + row + "']/following-sibling::button")).click();
            new WebDriverWait(admin, Duration.ofSeconds(10))
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("confirmation"), "animateur·rice"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(oise, "animateur·rice"));
            assertThat(((org.openqa.selenium.JavascriptExecutor) referent).executeScript("return window.sansRechargement === true;"))
                    .isEqualTo(true);
            assertThat(referent.findElement(By.id("annonce")).getText()).contains("membres");
        }
        assertThat(violations).noneMatch(Axe.Violation::isSeriousOrCritical);
    }

    private static String personId(String username) {
        return UUID.nameUUIDFromBytes(("entente-demo:" + username).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static void signIn(WebDriver driver, String base, String username) {
        driver.get(base + "/connexion");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(base + "/"));
    }

    private static List<Axe.Violation> check(String page, WebDriver driver) {
        List<Axe.Violation> found = Axe.check(driver);
        System.out.println("axe-core, page " + page + ": " + found.size() + " violation(s)");
        found.forEach(violation -> System.out.println("  " + violation));
        return found;
    }
}
