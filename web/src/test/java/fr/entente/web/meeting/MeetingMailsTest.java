package fr.entente.web.meeting;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.entente.live.query.LiveTopics;
import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.ApiWorld.Person;
import fr.entente.web.testing.LiveClient;
import fr.entente.web.testing.SignedInSession;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static fr.entente.web.meeting.WorkingGroupMeetings.A;
import static fr.entente.web.meeting.WorkingGroupMeetings.BODY;
import static fr.entente.web.meeting.WorkingGroupMeetings.CONVENOR;
import static fr.entente.web.meeting.WorkingGroupMeetings.MEMBER_59;
import static fr.entente.web.meeting.WorkingGroupMeetings.MEMBER_60;
import static fr.entente.web.meeting.WorkingGroupMeetings.OFFICER;
import static fr.entente.web.meeting.WorkingGroupMeetings.expect;
import static fr.entente.web.meeting.WorkingGroupMeetings.meeting;
import static fr.entente.web.testing.ApiWorld.HDF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the working group is told by e-mail, on a hub of its own with an SMTP server (GreenMail): the year's
 * calendar with each person's own feed, a declined request with its reason to its requester, a meeting starting to
 * those who do not have it open, minutes waiting for the convenor's approval, published minutes to the body. Each
 * mail is in its reader's language: Inès Moreau (CDG 60) chose English in the pages.
 */
class MeetingMailsTest {

    private static GreenMail smtp;
    private static ApiWorld world;
    private static ApiClient officer;

    @BeforeAll
    static void startHubWithMailServer() {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        world = ApiWorld.startWith(List.of("--spring.mail.host=127.0.0.1",
                                           "--spring.mail.port=" + smtp.getSmtp().getPort()));
        WorkingGroupMeetings.seat(world);
        officer = world.signedIn(OFFICER);
        world.signedIn(MEMBER_60).choosingLanguage("en");
    }

    @AfterAll
    static void stop() {
        world.close();
        smtp.stop();
    }

    @Test
    void theYearsCalendarGoesToEveryMemberWithTheirOwnFeedInTheirLanguage() {
        String seriesId = expect(officer.post(A + "/bodies/" + BODY + "/meeting-series", """
                {"title":"Groupe de travail","recurrence":{"frequency":"MONTHLY","ordinal":2,"dayOfWeek":"TUESDAY"},
                 "firstDate":"2027-09-01","lastDate":"2027-10-31","startTime":"09:30","endTime":"12:00",
                 "videoLink":"https://visio.example.fr/gt"}"""), 201).path("seriesId").asText();
        assertThat(seriesId).isNotBlank();

        List<MimeMessage> french = awaitMails(subject("Calendrier des réunions : Groupe de travail réunions"), 3);
        assertThat(french).extracting(MeetingMailsTest::recipient)
                          .containsExactlyInAnyOrder(address(OFFICER), address(CONVENOR), address(MEMBER_59));
        MimeMessage paul = mailTo(french, MEMBER_59);
        assertThat(text(paul)).contains("Bonjour Paul Leroy,", "mardi 14 septembre 2027, de 9h30 à 12h00",
                                        "mardi 12 octobre 2027", "/calendrier/", ".ics");
        MimeMessage ines = awaitMails(subject("Meeting calendar: Groupe de travail réunions"), 1).get(0);
        assertThat(recipient(ines)).isEqualTo(address(MEMBER_60));
        assertThat(text(ines)).contains("Hello Inès Moreau,", "Tuesday 14 September 2027", "/calendrier/");
        assertThat(feedOf(text(paul))).as("each person's feed is their own").isNotEqualTo(feedOf(text(ines)));
    }

    @Test
    void aDeclinedRequestIsExplainedToItsRequesterOnly() {
        String meetingId = WorkingGroupMeetings.schedule(officer, "Groupe de travail de mars");
        ApiClient member59 = world.signedIn(MEMBER_59);
        String requestId = expect(member59.post(meeting(meetingId) + "/agenda/requests", """
                {"title":"Visite du site de Lille","purpose":"INFORMATION"}"""), 201).path("requestId").asText();
        expect(officer.post(meeting(meetingId) + "/agenda/requests/" + requestId + "/decline",
                            "{\"reason\":\"Prévue au comité technique de mars.\"}"), 204);

        List<MimeMessage> declined = awaitMails(subject("Point non retenu : Visite du site de Lille"), 1);
        assertThat(recipient(declined.get(0))).isEqualTo(address(MEMBER_59));
        assertThat(text(declined.get(0))).contains("Votre demande de point « Visite du site de Lille »",
                                                   "Motif : Prévue au comité technique de mars.",
                                                   "/reunions/" + meetingId);
        settle();
        assertThat(mails(subject("Point non retenu"))).as("only its requester is told").hasSize(1);
    }

    @Test
    void aMeetingStartingIsToldToThoseWhoDoNotHaveItOpen() throws Exception {
        String meetingId = WorkingGroupMeetings.schedule(officer, "Groupe de travail d'avril");
        expect(officer.post(meeting(meetingId) + "/agenda/items", "{\"title\":\"Tour de table\",\"purpose\":\"INFORMATION\"}"), 201);
        SignedInSession paul = SignedInSession.signIn(world.port(), MEMBER_59.username(), ApiWorld.PASSWORD);
        try (LiveClient open = LiveClient.connect(world.port(), paul)) {
            open.subscribe("/live/" + LiveTopics.meeting(HDF, meetingId), 0);
            ApiWorld.eventually(() -> java.util.Optional.of(world.bean(fr.entente.web.live.LiveSubscriptions.class)
                    .peopleFollowing(LiveTopics.meeting(HDF, meetingId))).filter(people -> !people.isEmpty()));
            expect(officer.post(meeting(meetingId) + "/start", ""), 204);

            List<MimeMessage> started = awaitMails(subject("La réunion commence : Groupe de travail réunions")
                                                           .or(subject("The meeting starts: Groupe de travail réunions")), 2);
            assertThat(started).extracting(MeetingMailsTest::recipient)
                               .as("neither the officer who started it nor Paul, who has it open")
                               .containsExactlyInAnyOrder(address(CONVENOR), address(MEMBER_60));
            assertThat(text(mailTo(started, CONVENOR))).contains("« Groupe de travail d'avril » vient de commencer",
                                                                  "/reunions/" + meetingId + "/en-direct");
            assertThat(text(mailTo(started, MEMBER_60))).contains("has just started");
        }
    }

    @Test
    void minutesWaitingForApprovalGoToTheConvenorAndPublishedMinutesToTheBody() {
        String meetingId = WorkingGroupMeetings.schedule(officer, "Groupe de travail de mai");
        String meeting = meeting(meetingId);
        expect(officer.post(meeting + "/agenda/items", "{\"title\":\"Tour de table\",\"purpose\":\"INFORMATION\"}"), 201);
        expect(officer.post(meeting + "/start", ""), 204);
        expect(officer.post(meeting + "/end", ""), 204);
        expect(officer.post(meeting + "/minutes", ""), 201);
        expect(officer.post(meeting + "/minutes/submission", ""), 204);

        List<MimeMessage> toApprove = awaitMails(subject("Compte rendu à approuver : Groupe de travail réunions")
                                                         .or(subject("Minutes to approve")), 1);
        assertThat(recipient(toApprove.get(0))).isEqualTo(address(CONVENOR));
        assertThat(text(toApprove.get(0))).contains("« Groupe de travail de mai »", "soumis à votre approbation",
                                                    "/reunions/" + meetingId + "/compte-rendu");

        expect(world.signedIn(CONVENOR).post(meeting + "/minutes/approval", "{\"mode\":\"CONVENOR\"}"), 204);
        expect(officer.post(meeting + "/minutes/publication", ""), 204);
        List<MimeMessage> published = awaitMails(
                mail -> (subjectOf(mail).startsWith("Compte rendu publié") || subjectOf(mail).startsWith("Minutes published"))
                        && text(mail).contains(meetingId), 4);
        assertThat(published).extracting(MeetingMailsTest::recipient).containsExactlyInAnyOrder(
                address(OFFICER), address(CONVENOR), address(MEMBER_59), address(MEMBER_60));
        assertThat(text(mailTo(published, MEMBER_59))).contains("est publié", "/compte-rendu.pdf");
        assertThat(subjectOf(mailTo(published, MEMBER_60))).startsWith("Minutes published: Groupe de travail réunions");
        assertThat(mails(subject("Compte rendu à approuver").or(subject("Minutes to approve")))
                           .stream().filter(mail -> text(mail).contains(meetingId)))
                .as("the convenor alone approves").hasSize(1);
    }

    private static Predicate<MimeMessage> subject(String start) {
        return mail -> subjectOf(mail).startsWith(start);
    }

    /** The mails so far that match, once there are at least {@code count} of them (within 30 s). */
    private static List<MimeMessage> awaitMails(Predicate<MimeMessage> which, int count) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        List<MimeMessage> found = mails(which);
        while (found.size() < count && System.nanoTime() < deadline) {
            sleep(100);
            found = mails(which);
        }
        assertThat(found).as("mails received").hasSizeGreaterThanOrEqualTo(count);
        return found;
    }

    private static List<MimeMessage> mails(Predicate<MimeMessage> which) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(which).toList();
    }

    /** Time for a mail that should not come to have come. */
    private static void settle() {
        sleep(1500);
    }

    private static void sleep(long millis) {
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String address(Person person) {
        return person.username() + "@example.fr";
    }

    private static MimeMessage mailTo(List<MimeMessage> mails, Person person) {
        return mails.stream().filter(mail -> recipient(mail).equals(address(person))).findFirst().orElseThrow();
    }

    private static String recipient(MimeMessage mail) {
        try {
            return mail.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subjectOf(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(MimeMessage mail) {
        try {
            return mail.getContent().toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String feedOf(String text) {
        int feed = text.indexOf("/calendrier/");
        return text.substring(text.lastIndexOf(' ', feed) + 1, text.indexOf(".ics", feed) + 4).strip();
    }
}
