package fr.entente.web.browser;

import fr.entente.web.testing.RunningHub;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static fr.entente.web.browser.BrowserSteps.check;
import static fr.entente.web.browser.BrowserSteps.signIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The forum's pages in headless Debian Chromium, on the hub with its demo data: the working group's space exists by
 * itself (its members follow the body's roster); referent.62 starts a thread in Markdown with HTML and a script in
 * it, which shows as text and never runs; referent.80 replies quoting it, with the keyboard only; referent.62 edits
 * the post and referent.80 sees "modifié" and the history. axe-core finds no serious or critical violation on the
 * forum, space and thread pages.
 */
class ForumPagesBrowserTest {

    private static final String SPACE = "/cooperations/hauts-de-france/forum/espaces/espace-hauts-de-france-groupe-de-travail";

    @TempDir
    Path data;

    @Test
    void aThreadStartedRepliedAndEditedInTwoBrowsers() {
        List<Axe.Violation> violations = new ArrayList<>();
        try (RunningHub hub = RunningHub.startWithDemoData(data, RunningHub.freshDatabaseName());
             HeadlessChromium first = HeadlessChromium.start();
             HeadlessChromium second = HeadlessChromium.start()) {
            String base = "http://localhost:" + hub.port();
            WebDriver r62 = first.driver();
            WebDriver r80 = second.driver();
            signIn(r62, base, "referent.62");
            signIn(r80, base, "referent.80");

            r62.findElement(By.linkText("Forum")).click();
            WebElement space = new WebDriverWait(r62, Duration.ofSeconds(15))
                    .until(page -> {
                        List<WebElement> found = page.findElements(By.partialLinkText("Groupe de travail de l'observatoire"));
                        if (found.isEmpty()) {
                            page.navigate().refresh();
                            return null;
                        }
                        return found.get(0);
                    });
            violations.addAll(check("forum", r62));
            space.click();
            assertThat(r62.getCurrentUrl()).endsWith(SPACE);
            violations.addAll(check("espace", r62));

            r62.findElement(By.id("fil-titre")).sendKeys("Calendrier de collecte des RSU 2025");
            r62.findElement(By.id("fil-texte")).sendKeys("La collecte ouvre le **2 février**.\n\n"
                                                          + "<script>window.forumXss = true;</script>"
                                                          + "<img src=x onerror=\"window.forumXss = true\">");
            r62.findElement(By.cssSelector("form[action$='/fils'] button[type=submit]")).click();
            new WebDriverWait(r62, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/forum/fils/"));
            String thread = r62.getCurrentUrl().replaceAll("#.*$", "");
            assertThat(r62.findElement(By.id("confirmation")).getText()).contains("La discussion est publiée");
            assertThat(r62.findElement(By.cssSelector(".texte-message strong")).getText()).isEqualTo("2 février");
            assertThat(r62.findElement(By.cssSelector(".texte-message")).getText()).contains("<script>");
            assertThat(((JavascriptExecutor) r62).executeScript("return window.forumXss === true;")).isEqualTo(false);
            violations.addAll(check("fil", r62));

            r80.get(thread);
            r80.findElement(By.linkText("Citer")).click();
            WebElement reply = r80.findElement(By.id("reponse-texte"));
            reply.sendKeys("Merci, je relaie auprès des collectivités de la Somme.");
            reply.sendKeys(Keys.TAB, Keys.ENTER);
            new WebDriverWait(r80, Duration.ofSeconds(15))
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("confirmation"), "Votre message est publié"));
            assertThat(r80.findElement(By.id("messages")).getText())
                    .contains("Référent·e du Pas-de-Calais (CDG 62) a écrit :", "Merci, je relaie");
            assertThat(((JavascriptExecutor) r80).executeScript("return window.forumXss === true;")).isEqualTo(false);

            r62.get(thread);
            r62.findElement(By.linkText("Modifier")).click();
            WebElement edit = r62.findElement(By.cssSelector("textarea[id^='modifier-']"));
            edit.clear();
            edit.sendKeys("La collecte ouvre le **3 février**.");
            r62.findElement(By.cssSelector("form.modification button[type=submit]")).click();
            new WebDriverWait(r62, Duration.ofSeconds(15))
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("confirmation"), "Le message est modifié"));

            r80.get(thread);
            new WebDriverWait(r80, Duration.ofSeconds(15)).until(page -> {
                if (page.findElement(By.id("messages")).getText().contains("3 février")) {
                    return true;
                }
                page.navigate().refresh();
                return false;
            });
            assertThat(r80.findElement(By.id("messages")).getText()).contains("modifié", "Historique (2 versions)");
            violations.addAll(check("fil modifié", r80));
        }
        assertThat(violations).noneMatch(Axe.Violation::isSeriousOrCritical);
    }
}
