package fr.entente.web.browser;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.entente.web.testing.RunningHub;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static fr.entente.web.browser.BrowserSteps.check;
import static fr.entente.web.browser.BrowserSteps.cookies;
import static fr.entente.web.browser.BrowserSteps.get;
import static fr.entente.web.browser.BrowserSteps.markNoReload;
import static fr.entente.web.browser.BrowserSteps.notReloaded;
import static fr.entente.web.browser.BrowserSteps.reloadUntilShown;
import static fr.entente.web.browser.BrowserSteps.setValue;
import static fr.entente.web.browser.BrowserSteps.signIn;
import static fr.entente.web.browser.BrowserSteps.signOut;
import static fr.entente.web.browser.BrowserSteps.submit;
import static fr.entente.web.browser.BrowserSteps.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4's browser test, in two headless Debian Chromium sessions on the hub with its demo data and a real SMTP
 * server in-process (GreenMail): referent.60 requests an item; officer.59 accepts it and publishes the agenda (the
 * members are mailed); starts the meeting and takes up the item: the referent's page follows without a reload; both
 * type a note on the same item at the same time and both texts survive; a proposal is recorded; the meeting ends;
 * the minutes are drafted, submitted, approved by the convenor (referent.59) and published; the PDF holds the
 * proposal; the calendar feed lists the meeting. axe-core on the meeting, live and minutes pages: no serious or
 * critical violation.
 */
class MeetingBrowserTest {

    private static final String BODY_PAGE = "/cooperations/hauts-de-france/instances/groupe-de-travail";
    private static final String ITEM = "Enquête flash sur l’absentéisme";
    private static final String PROPOSAL = "Lancer l’enquête flash en janvier auprès des collectivités";

    @TempDir
    Path data;

    @Test
    void aWorkingGroupMeetingFromItsAgendaToItsMinutes() throws Exception {
        List<Axe.Violation> violations = new ArrayList<>();
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        try (RunningHub hub = RunningHub.start(data, RunningHub.freshDatabaseName(), context -> { },
                     List.of("--entente.demo.enabled=true", "--spring.mail.host=127.0.0.1",
                             "--spring.mail.port=" + smtp.getSmtp().getPort()));
             HeadlessChromium officerBrowser = HeadlessChromium.start();
             HeadlessChromium referentBrowser = HeadlessChromium.start()) {
            String base = "http://localhost:" + hub.port();
            WebDriver officer = officerBrowser.driver();
            WebDriver referent = referentBrowser.driver();
            signIn(officer, base, "officer.59");
            signIn(referent, base, "referent.60");

            // the officer schedules the meeting from the working group's page; the referent's open page lists it
            LocalDate day = LocalDate.now().plusDays(21);
            referent.get(base + BODY_PAGE);
            markNoReload(referent);
            officer.get(base + BODY_PAGE);
            officer.findElement(By.id("reunion-titre")).sendKeys("Groupe de travail de décembre");
            setValue(officer, "horaire-date", day.toString());
            officer.findElement(By.id("horaire-lieu")).sendKeys("CDG 59, Lille");
            submit(officer, "form[action$='/instances/groupe-de-travail/reunions']");
            waitFor(officer, By.id("confirmation"), "est planifiée");
            String meetingPage = reloadUntilShown(officer, By.linkText("Groupe de travail de décembre")).getAttribute("href");
            waitFor(referent, By.id("liste-reunions"), "Groupe de travail de décembre");
            assertThat(notReloaded(referent)).isTrue();
            referent.get(base + "/");
            assertThat(referent.findElement(By.id("contenu")).getText()).contains("Vos prochaines réunions", "Groupe de travail de décembre");

            // referent.60 requests an item
            referent.get(meetingPage);
            violations.addAll(check("réunion (membre)", referent));
            referent.findElement(By.id("demande-titre")).sendKeys(ITEM);
            new Select(referent.findElement(By.id("demande-objet"))).selectByValue("DECISION");
            referent.findElement(By.id("demande-description")).sendKeys("Mesurer l’absentéisme dans les collectivités de l’Oise.");
            referent.findElement(By.id("demande-duree")).sendKeys("30");
            submit(referent, "form[action$='/demandes']");
            waitFor(referent, By.id("confirmation"), "est envoyée");

            // the officer accepts it and publishes: the members are mailed, the referent's page shows the agenda
            officer.get(meetingPage);
            reloadUntilShown(officer, By.cssSelector("#demandes form[action$='/demandes/acceptation'] button"));
            officer.findElement(By.cssSelector("#demandes form[action$='/demandes/acceptation'] button")).click();
            waitFor(officer, By.id("confirmation"), "est inscrit");
            violations.addAll(check("réunion (chargé·e de mission)", officer));
            referent.get(meetingPage);
            markNoReload(referent);
            officer.findElement(By.id("publier")).click();
            waitFor(officer, By.id("confirmation"), "est publié");
            waitFor(referent, By.id("ordre-du-jour"), "Publié (version 1)");
            assertThat(notReloaded(referent)).isTrue();
            // the demo's arbitration by e-mail mails other people meanwhile: wait for this referent's own mail
            MimeMessage toReferent = mailTo(smtp, "referent.60@demo.entente.invalid", Duration.ofSeconds(20));
            assertThat(toReferent.getSubject()).startsWith("Ordre du jour publié : Groupe de travail de l'observatoire");
            assertThat(String.valueOf(toReferent.getContent())).contains("Bonjour Référent·e de l'Oise (CDG 60)", ITEM,
                                                                           "pour décision, 30 min", "/reunions/");

            // the officer opens the meeting and takes up the item: the referent's live page follows
            officer.findElement(By.id("ouvrir")).click();
            new WebDriverWait(officer, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/en-direct"));
            String livePage = officer.getCurrentUrl();
            referent.get(livePage);
            violations.addAll(check("en direct (membre)", referent));
            markNoReload(referent);
            assertThat(referent.findElement(By.id("point-courant-titre")).getText()).doesNotContain("Enquête");
            new WebDriverWait(officer, Duration.ofSeconds(15))
                    .until(ExpectedConditions.elementToBeClickable(By.cssSelector("#deroule form button"))).click();
            waitFor(officer, By.id("point-courant-titre"), "Enquête flash");
            waitFor(referent, By.id("point-courant-titre"), "Enquête flash");
            assertThat(notReloaded(referent)).isTrue();
            violations.addAll(check("en direct (chargé·e de mission)", officer));

            // a first note, then both edit it at the same time: the one who saves second keeps their text beside
            officer.findElement(By.id("texte-nouvelle-note")).sendKeys("Note commune sur l’enquête.");
            submit(officer, "#nouvelle-note");
            waitFor(officer, By.id("confirmation"), "Note enregistrée");
            By referentBlock = By.cssSelector("#point-courant .note textarea");
            new WebDriverWait(referent, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(referentBlock));
            WebElement referentNote = referent.findElement(referentBlock);
            referentNote.sendKeys(" L’Oise enverra le questionnaire.");
            WebElement officerNote = officer.findElement(By.cssSelector("#point-courant .note textarea"));
            officerNote.sendKeys(" Le CDG 59 valide le questionnaire.");
            officerNote.findElement(By.xpath("./following-sibling::button")).click();
            waitFor(officer, By.id("confirmation"), "Note enregistrée");
            // the update reaches the referent's page while they are still typing: their text stays, and the page says so
            waitFor(referent, By.id("point-courant"), "Quelqu’un a modifié cette partie pendant que vous écriviez");
            assertThat(referent.findElement(referentBlock).getAttribute("value")).contains("L’Oise enverra le questionnaire.");
            referent.findElement(By.cssSelector("#point-courant .note textarea + button")).click();
            waitFor(referent, By.id("confirmation"), "votre texte est conservé à côté du sien");
            waitFor(officer, By.id("point-courant"), "L’Oise enverra le questionnaire.");
            String notes = officer.findElement(By.id("point-courant")).getText() + allNoteTexts(officer);
            assertThat(notes).contains("Le CDG 59 valide le questionnaire.", "L’Oise enverra le questionnaire.");

            // a proposal, then the end of the meeting
            officer.findElement(By.id("proposition-texte")).sendKeys(PROPOSAL);
            new Select(officer.findElement(By.id("proposition-auteur"))).selectByValue("organisation:cdg-60");
            new Select(officer.findElement(By.id("proposition-suite"))).selectByValue("ADOPTED");
            submit(officer, "form[action$='/propositions']");
            waitFor(officer, By.id("confirmation"), "La proposition est consignée");
            waitFor(referent, By.id("releve"), PROPOSAL);
            // closing cannot be undone: a page of its own says what will happen, and asks
            officer.findElement(By.id("clore")).click();
            waitFor(officer, By.tagName("h1"), "Clore la réunion");
            violations.addAll(check("confirmation (clore la réunion)", officer));
            officer.findElement(By.id("confirmer")).click();
            waitFor(officer, By.id("confirmation"), "La réunion est close");

            // the minutes: drafted and submitted by the officer, approved by the convenor, published
            // each stage links to the next: the ended meeting's page to the drafting
            String minutesPage = meetingPage + "/compte-rendu";
            officer.get(meetingPage);
            reloadUntilShown(officer, By.id("etape-rediger")).click();
            assertThat(officer.getCurrentUrl()).isEqualTo(minutesPage);
            reloadUntilShown(officer, By.id("rediger")).click();
            waitFor(officer, By.id("confirmation"), "Le brouillon du compte rendu est rédigé");
            violations.addAll(check("compte rendu (chargé·e de mission)", officer));
            reloadUntilShown(officer, By.id("soumettre")).click();
            waitFor(officer, By.id("confirmation"), "soumis pour approbation");
            signOut(referent);
            signIn(referent, base, "referent.59");
            referent.get(meetingPage);
            reloadUntilShown(referent, By.id("etape-approuver")).click();
            reloadUntilShown(referent, By.id("approuver")).click();
            waitFor(referent, By.id("confirmation"), "Le compte rendu est approuvé");
            officer.get(minutesPage);
            reloadUntilShown(officer, By.id("publier-compte-rendu")).click();
            waitFor(officer, By.id("confirmation"), "Le compte rendu est publié");
            referent.get(meetingPage);
            assertThat(reloadUntilShown(referent, By.id("etape-lire")).getAttribute("href")).isEqualTo(minutesPage);
            assertThat(referent.findElement(By.id("etape-pdf")).getAttribute("href")).isEqualTo(minutesPage + ".pdf");
            violations.addAll(check("compte rendu publié", officer));

            // the PDF holds the proposal; the calendar feed lists the meeting
            String pdfUrl = reloadUntilShown(officer, By.id("lien-pdf")).getAttribute("href");
            HttpResponse<byte[]> pdf = get(pdfUrl, cookies(officer));
            assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
            try (PDDocument document = Loader.loadPDF(pdf.body())) {
                assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                        .contains("Relevé des propositions", PROPOSAL, ITEM);
            }
            officer.get(base + BODY_PAGE);
            String feed = new String(get(officer.findElement(By.id("lien-calendrier")).getAttribute("href"), "").body(),
                                     java.nio.charset.StandardCharsets.UTF_8).replaceAll("\\r?\\n[ \\t]", "");
            assertThat(feed).contains("BEGIN:VCALENDAR", "SUMMARY:Groupe de travail de l'observatoire régional de l'emploi : "
                                                          + "Groupe de travail de décembre", meetingPage.replaceFirst("^https?://[^/]+", ""),
                                      "DTSTART;TZID=Europe/Paris:" + day.format(DateTimeFormatter.BASIC_ISO_DATE));
        } finally {
            smtp.stop();
        }
        assertThat(violations).noneMatch(Axe.Violation::isSeriousOrCritical);
    }

    private static String allNoteTexts(WebDriver driver) {
        return driver.findElements(By.cssSelector("#point-courant .note textarea")).stream()
                     .map(area -> area.getAttribute("value")).collect(Collectors.joining(" | "));
    }

    private static MimeMessage mailTo(GreenMail smtp, String address, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            var found = Arrays.stream(smtp.getReceivedMessages()).filter(message -> recipients(message).contains(address)).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no mail to " + address + " within " + patience + "; received "
                                         + smtp.getReceivedMessages().length + " others");
            }
            smtp.waitForIncomingEmail(500, smtp.getReceivedMessages().length + 1);
        }
    }

    private static String recipients(MimeMessage message) {
        try {
            return Arrays.toString(message.getAllRecipients());
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
