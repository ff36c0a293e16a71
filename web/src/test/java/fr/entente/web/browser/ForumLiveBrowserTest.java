package fr.entente.web.browser;

import fr.entente.web.testing.RunningHub;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
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
import static fr.entente.web.browser.BrowserSteps.markNoReload;
import static fr.entente.web.browser.BrowserSteps.notReloaded;
import static fr.entente.web.browser.BrowserSteps.signIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two browsers: referent.62 posts in the working group's space and mentions @referent.80, completing the
 * mention from the space's members with the keyboard; referent.80's bell counts up without a reload; they open the
 * notification, reach the thread and reply; referent.62's page shows the reply live, while the reply they were typing
 * stays as typed. axe-core finds no serious or critical violation on the notifications page and the live thread.
 */
class ForumLiveBrowserTest {

    private static final String SPACE = "/cooperations/hauts-de-france/forum/espaces/espace-hauts-de-france-groupe-de-travail";

    @TempDir
    Path data;

    @Test
    void aMentionRingsTheBellLiveAndTheReplyAppearsLive() {
        List<Axe.Violation> violations = new ArrayList<>();
        try (RunningHub hub = RunningHub.startWithDemoData(data, RunningHub.freshDatabaseName());
             HeadlessChromium first = HeadlessChromium.start();
             HeadlessChromium second = HeadlessChromium.start()) {
            String base = "http://localhost:" + hub.port();
            WebDriver r62 = first.driver();
            WebDriver r80 = second.driver();
            signIn(r62, base, "referent.62");
            signIn(r80, base, "referent.80");
            WebElement bell = r80.findElement(By.id("cloche-compte"));
            int before = Integer.parseInt(bell.getText().trim());
            markNoReload(r80);

            r62.get(base + SPACE);
            new WebDriverWait(r62, Duration.ofSeconds(15)).until(page -> {
                if (!page.findElements(By.id("fil-titre")).isEmpty()) {
                    return true;
                }
                page.navigate().refresh();
                return false;
            });
            r62.findElement(By.id("fil-titre")).sendKeys("Relevé des propositions de mars");
            r62.findElement(By.id("fil-texte")).sendKeys("Le relevé est prêt, merci de le relire.");
            r62.findElement(By.cssSelector("form[action$='/fils'] button[type=submit]")).click();
            new WebDriverWait(r62, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/forum/fils/"));
            String thread = r62.getCurrentUrl().replaceAll("#.*$", "");

            WebElement reply = r62.findElement(By.id("reponse-texte"));
            reply.sendKeys("Merci @referen");
            WebElement offered = new WebDriverWait(r62, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(
                    By.xpath("//ul[@role='listbox']/li[contains(., '@referent.80')]")));
            assertThat(offered.getText()).contains("Somme");
            while (!"true".equals(offered.getAttribute("aria-selected"))) {
                reply.sendKeys(Keys.ARROW_DOWN);
                offered = r62.findElement(By.xpath("//ul[@role='listbox']/li[contains(., '@referent.80')]"));
            }
            reply.sendKeys(Keys.ENTER);
            reply.sendKeys("peux-tu valider le chiffre de la Somme ?");
            assertThat(reply.getAttribute("value")).isEqualTo("Merci @referent.80 peux-tu valider le chiffre de la Somme ?");
            r62.findElement(By.id("envoyer-reponse")).click();
            new WebDriverWait(r62, Duration.ofSeconds(15))
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("confirmation"), "Votre message est publié"));

            new WebDriverWait(r80, Duration.ofSeconds(15)).until(page -> {
                String count = page.findElement(By.id("cloche-compte")).getText().trim();
                return !count.isEmpty() && Integer.parseInt(count) == before + 1;
            });
            assertThat(notReloaded(r80)).as("the bell counted up without a reload").isTrue();

            r80.findElement(By.id("cloche")).click();
            new WebDriverWait(r80, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/notifications"));
            violations.addAll(check("notifications", r80));
            r80.findElement(By.partialLinkText("vous a mentionné·e")).click();
            new WebDriverWait(r80, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(thread.substring(base.length())));

            r62.get(thread);
            markNoReload(r62);
            WebElement typing = r62.findElement(By.id("reponse-texte"));
            typing.sendKeys("Brouillon en cours");

            r80.findElement(By.id("reponse-texte")).sendKeys("Chiffre validé : 1 284 agents.");
            r80.findElement(By.id("envoyer-reponse")).click();
            new WebDriverWait(r80, Duration.ofSeconds(15))
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("confirmation"), "Votre message est publié"));

            new WebDriverWait(r62, Duration.ofSeconds(15))
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Chiffre validé : 1 284 agents."));
            assertThat(notReloaded(r62)).as("the reply appeared without a reload").isTrue();
            assertThat(r62.findElement(By.id("reponse-texte")).getAttribute("value")).isEqualTo("Brouillon en cours");
            List<WebElement> posts = r62.findElements(By.cssSelector("#messages > li"));
            assertThat(posts.get(posts.size() - 1).getText()).contains("Chiffre validé");
            violations.addAll(check("fil en direct", r62));
        }
        assertThat(violations).noneMatch(Axe.Violation::isSeriousOrCritical);
    }
}
