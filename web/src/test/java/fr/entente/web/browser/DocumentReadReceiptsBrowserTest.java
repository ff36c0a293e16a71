package fr.entente.web.browser;

import fr.entente.cooperation.api.AddBodyMemberCommand;
import fr.entente.cooperation.api.BodyRole;
import fr.entente.forum.api.SpaceIds;
import fr.entente.forum.api.SpaceRoster;
import fr.entente.infra.audit.Actor;
import fr.entente.infra.pdf.HtmlToPdf;
import fr.entente.web.testing.RunningHub;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static fr.entente.web.browser.BrowserSteps.check;
import static fr.entente.web.browser.BrowserSteps.markNoReload;
import static fr.entente.web.browser.BrowserSteps.notReloaded;
import static fr.entente.web.browser.BrowserSteps.signIn;
import static fr.entente.web.testing.ApiWorld.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The browser test of read receipts, on the demo's technical committee (the five directors), where the
 * officer is seated for the test: the officer uploads a study's results as a PDF through the page's file input and
 * sees its thumbnail; a director's open page shows it without a reload; the officer sends it "à lire" to that director
 * from the document's page; the director opens the page, is told they were asked to read it, and downloads it; the
 * officer's document page then shows the director's receipt, and the documents' search finds the PDF by its text.
 * axe-core finds no serious or critical violation on the document's page, the officer's and the director's, nor on
 * the search page.
 */
class DocumentReadReceiptsBrowserTest {

    private static final String COOPERATION = "hauts-de-france";
    private static final String SPACE = SpaceIds.ofBody(COOPERATION, "comite-technique");
    private static final String DOCUMENTS = "/cooperations/" + COOPERATION + "/documents/" + SPACE;

    @TempDir
    Path data;

    @Test
    void aDirectorMarkedToReadOpensItAndTheOfficerSeesTheReceipt() throws Exception {
        Path pdf = data.resolve("Résultats étude RSU 2025.pdf");
        List<Axe.Violation> violations = new ArrayList<>();
        try (RunningHub hub = RunningHub.startWithDemoData(data.resolve("hub"), RunningHub.freshDatabaseName());
             HeadlessChromium first = HeadlessChromium.start();
             HeadlessChromium second = HeadlessChromium.start()) {
            String base = "http://localhost:" + hub.port();
            String officerId = personIdOf("officer.59");
            hub.bean(CommandGateway.class).sendAndWait(GenericCommandMessage.asCommandMessage(
                    new AddBodyMemberCommand(COOPERATION, "comite-technique", officerId, BodyRole.MEMBER))
                    .andMetaData(Actor.system(COOPERATION).toMetaData()));
            eventually(() -> hub.bean(SpaceRoster.class).roleOf(COOPERATION, SPACE, officerId));
            Files.write(pdf, hub.bean(HtmlToPdf.class).render("""
                    <!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml" lang="fr"><head><title>Résultats</title></head>
                    <body><h1>Résultats de l'étude RSU 2025</h1><p>Pour le comité technique.</p></body></html>"""));
            WebDriver officer = first.driver();
            WebDriver director = second.driver();
            signIn(officer, base, "officer.59");
            signIn(director, base, "directeur.62");

            director.get(base + DOCUMENTS);
            new WebDriverWait(director, Duration.ofSeconds(15)).until(page -> !page.findElements(By.id("liste")).isEmpty());
            markNoReload(director);

            officer.get(base + DOCUMENTS);
            officer.findElement(By.id("depot-fichier")).sendKeys(pdf.toString());
            officer.findElement(By.cssSelector("form[action$='/depots'] button[type=submit]")).click();
            new WebDriverWait(officer, Duration.ofSeconds(15))
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("confirmation"), "Résultats étude RSU 2025.pdf"));
            new WebDriverWait(officer, Duration.ofSeconds(15)).until(page -> Boolean.TRUE.equals(((JavascriptExecutor) page)
                    .executeScript("var img = document.querySelector('#documents img.apercu');"
                                   + " return img !== null && img.complete && img.naturalWidth === 200;")));
            new WebDriverWait(director, Duration.ofSeconds(15))
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("liste"), "Résultats étude RSU 2025.pdf"));
            assertThat(notReloaded(director)).as("the document appeared without a reload").isTrue();

            officer.findElement(By.cssSelector("#documents a.fiche")).click();
            new WebDriverWait(officer, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/fiche"));
            String sheet = officer.getCurrentUrl();
            officer.findElement(By.cssSelector("input[name=readerIds][value='" + personIdOf("directeur.62") + "']")).click();
            officer.findElement(By.cssSelector("form[action$='/a-lire'] button[type=submit]")).click();
            new WebDriverWait(officer, Duration.ofSeconds(15))
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("confirmation"), "envoyé à lire"));
            assertThat(officer.findElement(By.id("accuses")).getText()).contains("Directeur·rice du CDG 62",
                                                                                  "Pas encore ouvert");
            violations.addAll(check("fiche du document (chargé·e de mission)", officer));

            director.get(sheet);
            assertThat(director.findElement(By.id("votre-lecture")).getText()).contains("vous a demandé de lire ce document");
            violations.addAll(check("fiche du document (directeur·rice)", director));
            director.findElement(By.id("telecharger")).click();

            new WebDriverWait(officer, Duration.ofSeconds(20)).until(page -> {
                page.navigate().refresh();
                return page.findElement(By.id("accuses")).getText().contains("Ouvert le");
            });
            assertThat(officer.findElement(By.cssSelector("#accuses tr.ouvert")).getText())
                    .contains("Directeur·rice du CDG 62");

            officer.get(base + "/cooperations/" + COOPERATION + "/documents/recherche?q=resultats");
            new WebDriverWait(officer, Duration.ofSeconds(20)).until(page -> {
                if (!page.findElements(By.id("resultats")).isEmpty()
                    && page.findElement(By.id("resultats")).getText().contains("Résultats étude RSU 2025.pdf")) {
                    return true;
                }
                page.navigate().refresh();
                return false;
            });
            violations.addAll(check("recherche dans les documents", officer));
        }
        assertThat(violations).noneMatch(Axe.Violation::isSeriousOrCritical);
    }

    private static String personIdOf(String username) {
        return UUID.nameUUIDFromBytes(("entente-demo:" + username).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
