package fr.entente.web.browser;

import fr.entente.web.testing.RunningHub;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import fr.entente.infra.pdf.HtmlToPdf;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
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
 * The two browsers on the working group's documents: a referent has the space's documents page open; the
 * officer reaches it from the forum space, uploads a PDF through the page's file input, and sees it listed with the
 * confirmation and the thumbnail of its first page; the referent's page shows it without a reload. axe-core finds no serious or critical violation on the
 * documents page, before and after the upload; a program named {@code .pdf} uploaded from the page is refused with the
 * reason next to the form, and not listed.
 */
class DocumentsBrowserTest {

    private static final String SPACE = "espace-hauts-de-france-groupe-de-travail";
    private static final String FORUM_SPACE = "/cooperations/hauts-de-france/forum/espaces/" + SPACE;
    private static final String DOCUMENTS = "/cooperations/hauts-de-france/documents/" + SPACE;

    @TempDir
    Path data;

    @Test
    void anUploadedPdfAppearsInTheOtherOpenPageWithoutAReload() throws Exception {
        Path pdf = data.resolve("Synthèse RSU 2025.pdf");
        List<Axe.Violation> violations = new ArrayList<>();
        try (RunningHub hub = RunningHub.startWithDemoData(data.resolve("hub"), RunningHub.freshDatabaseName());
             HeadlessChromium first = HeadlessChromium.start();
             HeadlessChromium second = HeadlessChromium.start()) {
            String base = "http://localhost:" + hub.port();
            Files.write(pdf, hub.bean(HtmlToPdf.class).render("""
                    <!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml" lang="fr"><head><title>Synthèse RSU</title>
                    <meta name="subject" content="Synthèse RSU 2025"/></head>
                    <body><h1>Synthèse RSU 2025</h1><p>Effectifs des cinq départements.</p></body></html>"""));
            WebDriver officer = first.driver();
            WebDriver referent = second.driver();
            signIn(officer, base, "officer.59");
            signIn(referent, base, "referent.62");

            referent.get(base + DOCUMENTS);
            new WebDriverWait(referent, Duration.ofSeconds(15)).until(page -> {
                if (!page.findElements(By.id("depot-fichier")).isEmpty()) {
                    return true;
                }
                page.navigate().refresh();
                return false;
            });
            assertThat(referent.findElement(By.id("liste")).getText()).contains("Aucun document");
            violations.addAll(check("documents (vide)", referent));
            markNoReload(referent);

            officer.get(base + FORUM_SPACE);
            officer.findElement(By.id("lien-documents")).click();
            new WebDriverWait(officer, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(base + DOCUMENTS));
            officer.findElement(By.id("depot-fichier")).sendKeys(pdf.toString());
            officer.findElement(By.cssSelector("form[action$='/depots'] button[type=submit]")).click();
            new WebDriverWait(officer, Duration.ofSeconds(15))
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("confirmation"), "Synthèse RSU 2025.pdf"));
            assertThat(officer.findElement(By.id("documents")).getText()).contains("Synthèse RSU 2025.pdf");
            new WebDriverWait(officer, Duration.ofSeconds(15)).until(page -> Boolean.TRUE.equals(((JavascriptExecutor) page)
                    .executeScript("var img = document.querySelector('#documents img.apercu');"
                                   + " return img !== null && img.complete && img.naturalWidth === 200;")));

            new WebDriverWait(referent, Duration.ofSeconds(15))
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("liste"), "Synthèse RSU 2025.pdf"));
            assertThat(notReloaded(referent)).as("the document appeared without a reload").isTrue();
            assertThat(referent.findElement(By.id("documents")).getText()).contains("Chargé·e de mission");
            violations.addAll(check("documents (un dépôt)", referent));

            Path program = data.resolve("facture.pdf");
            byte[] windows = new byte[1024];
            windows[0] = 'M';
            windows[1] = 'Z';
            Files.write(program, windows);
            referent.findElement(By.id("depot-fichier")).sendKeys(program.toString());
            referent.findElement(By.cssSelector("form[action$='/depots'] button[type=submit]")).click();
            new WebDriverWait(referent, Duration.ofSeconds(15))
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=alert]"), "programme"));
            assertThat(referent.findElement(By.id("documents")).getText()).doesNotContain("facture.pdf");
            violations.addAll(check("documents (fichier refusé)", referent));
        }
        assertThat(violations).noneMatch(Axe.Violation::isSeriousOrCritical);
    }
}
