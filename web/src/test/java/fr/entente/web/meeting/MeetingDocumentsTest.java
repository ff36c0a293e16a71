package fr.entente.web.meeting;

import fr.entente.cooperation.api.AddBodyMemberCommand;
import fr.entente.cooperation.api.BodyKind;
import fr.entente.cooperation.api.BodyRole;
import fr.entente.cooperation.api.CreateBodyCommand;
import fr.entente.forum.api.SpaceIds;
import fr.entente.forum.api.SpaceRoster;
import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ApiClient.Response;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.SharedApiWorld;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static fr.entente.web.meeting.WorkingGroupMeetings.*;
import static fr.entente.web.testing.ApiWorld.ADMIN_BZH;
import static fr.entente.web.testing.ApiWorld.BZH;
import static fr.entente.web.testing.ApiWorld.HDF;
import static fr.entente.web.testing.ApiWorld.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Documents of the document space named from a meeting, through the running hub: the officer attaches a document of
 * the working group's space to an agenda item (the API, the meeting page's form) and the members see it on the page,
 * linked to the document's page; the minutes annex one as its current version, listed on the minutes page and in
 * their PDF. A document some member may not read, one that does not exist or is of another cooperation, a member who
 * does not manage the meeting, a blank identifier: each refused with its problem, nothing in the log.
 */
@ExtendWith(SharedApiWorld.class)
class MeetingDocumentsTest {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Test
    void anItemsAttachmentsAndTheMinutesAnnexes(ApiWorld world) throws Exception {
        seat(world);
        String space = SpaceIds.ofBody(HDF, BODY);
        eventually(() -> world.bean(SpaceRoster.class).roleOf(HDF, space, MEMBER_60.personId()));
        ApiClient officer = world.signedIn(OFFICER);
        ApiClient member = world.signedIn(MEMBER_59);
        String documents = A + "/documents/spaces/" + space;
        String shared = upload(officer, documents, Map.of(), "Synthèse des annexes.pdf");
        String reserved = expect(officer.post(documents + "/folders", "{\"name\":\"Réservé à l'officier\"}"), 201)
                .path("folderId").asText();
        expect(officer.put(documents + "/folders/" + reserved + "/rights",
                           "{\"restricted\":true,\"memberIds\":[\"" + OFFICER.personId() + "\"]}"), 204);
        String secret = upload(officer, documents, Map.of("folderId", reserved), "Brouillon de l'officier.pdf");

        String meetingId = schedule(officer, "Réunion aux pièces jointes");
        String meeting = meeting(meetingId);
        expect(officer.post(meeting + "/agenda/items", """
                {"itemId":"i-synthese","title":"Synthèse des annexes","purpose":"INFORMATION"}"""), 201);
        String attachments = meeting + "/agenda/items/i-synthese/attachments";

        String breton = bretonDocument(world);
        long before = world.eventCount();
        refused(world, before, officer.post(attachments, "{\"documentId\":\"" + secret + "\"}"), 409,
                "meeting.document-not-for-every-member");
        refused(world, before, officer.post(attachments, "{\"documentId\":\"document-qui-n-existe-pas\"}"), 404,
                "meeting.document-unknown");
        refused(world, before, officer.post(attachments, "{\"documentId\":\"" + breton + "\"}"), 404,
                "meeting.document-unknown");
        refused(world, before, member.post(attachments, "{\"documentId\":\"" + shared + "\"}"), 403,
                "meeting.officer-or-convenor-required");
        assertThat(officer.post(attachments, "{\"documentId\":\" \"}").json().path("field").asText())
                .isEqualTo("documentId");
        refused(world, before, world.signedIn(ADMIN_BZH).post("/api/cooperations/" + BZH + "/meetings/" + meetingId
                                                              + "/agenda/items/i-synthese/attachments",
                                                              "{\"documentId\":\"" + shared + "\"}"), 404,
                "meeting.not-found");
        assertThat(world.eventCount()).isEqualTo(before);

        expect(officer.post(attachments, "{\"documentId\":\"" + shared + "\"}"), 204);
        expect(officer.post(attachments, "{\"documentId\":\"" + shared + "\"}"), 204);
        assertThat(eventTypes(world, meetingId)).containsOnlyOnce("AgendaItemDocumentAttachedEvent");
        expect(officer.post(meeting + "/agenda/publication", ""), 201);
        eventually(() -> member.get(meeting).json().path("attachments").path("i-synthese").toString().contains(shared)
                ? java.util.Optional.of(true) : java.util.Optional.empty());

        String page = "/cooperations/" + HDF + "/reunions/" + meetingId;
        String membersPage = member.getPage(page).body();
        assertThat(membersPage).contains("id=\"pieces-jointes\"", "Synthèse des annexes.pdf",
                                         "/documents/" + space + "/fichiers/" + shared + "/fiche")
                               .doesNotContain("formulaire-piece-jointe");
        String officersPage = officer.getPage(page).body();
        assertThat(officersPage).contains("formulaire-piece-jointe", "Brouillon de l&#39;officier.pdf");

        // the live meeting, then its minutes and their annex
        expect(officer.post(meeting + "/start", ""), 204);
        expect(officer.post(meeting + "/end", ""), 204);
        expect(officer.post(meeting + "/minutes", ""), 201);
        String annexes = meeting + "/minutes/annexes";
        long beforeAnnex = world.eventCount();
        refused(world, beforeAnnex, officer.post(annexes, "{\"documentId\":\"" + secret + "\"}"), 409,
                "meeting.document-not-for-every-member");
        expect(officer.post(annexes, "{\"documentId\":\"" + shared + "\"}"), 204);
        assertThat(eventTypes(world, meetingId)).contains("MinutesAnnexAddedEvent");

        String minutesPage = page + "/compte-rendu";
        String minutes = eventuallyPage(officer, minutesPage, "Synthèse des annexes.pdf");
        assertThat(minutes).contains("id=\"annexes\"", "(version 1)", "formulaire-annexe");
        HttpResponse<byte[]> pdf = officer.getBytes(minutesPage + ".pdf", "application/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Annexes", "Synthèse des annexes.pdf (version 1)");
        }
    }

    @Test
    void theMeetingPagesFormAttachesADocumentAndAnswersARefusalNextToIt(ApiWorld world) {
        seat(world);
        String space = SpaceIds.ofBody(HDF, BODY);
        eventually(() -> world.bean(SpaceRoster.class).roleOf(HDF, space, MEMBER_60.personId()));
        ApiClient officer = world.signedIn(OFFICER);
        String documents = A + "/documents/spaces/" + space;
        String shared = upload(officer, documents, Map.of(), "Ordre du jour commenté.pdf");
        String meetingId = schedule(officer, "Réunion au formulaire de pièces jointes");
        expect(officer.post(meeting(meetingId) + "/agenda/items", """
                {"itemId":"i-commentaires","title":"Commentaires","purpose":"DISCUSSION"}"""), 201);
        String page = "/cooperations/" + HDF + "/reunions/" + meetingId;

        Response blank = officer.form(page + "/ordre-du-jour/pieces-jointes",
                                      Map.of("itemId", "i-commentaires", "documentId", ""), "text/html");
        assertThat(blank.status()).isEqualTo(302);
        assertThat(officer.getPage(page).body()).contains("piece-jointe-document-erreur", "Indiquez le document");

        Response attached = officer.form(page + "/ordre-du-jour/pieces-jointes",
                                         Map.of("itemId", "i-commentaires", "documentId", shared), "text/html");
        assertThat(attached.status()).isEqualTo(302);
        assertThat(eventuallyPage(officer, page, "Le document est joint au point."))
                .contains("Ordre du jour commenté.pdf", "Retirer « Ordre du jour commenté.pdf » du point « Commentaires »");

        Response detached = officer.form(page + "/ordre-du-jour/pieces-jointes/retrait",
                                         Map.of("itemId", "i-commentaires", "documentId", shared), "text/html");
        assertThat(detached.status()).isEqualTo(302);
        assertThat(eventTypes(world, meetingId)).containsSubsequence("AgendaItemDocumentAttachedEvent",
                                                                     "AgendaItemDocumentDetachedEvent");
        assertThat(eventuallyPage(world.signedIn(OFFICER).choosingLanguage("en"), page, "No document attached."))
                .contains("Documents attached to the agenda", "Attach to the item");
    }

    private static String upload(ApiClient officer, String documents, Map<String, String> fields, String name) {
        Response uploaded = officer.multipart(documents + "/documents", fields, name, PDF);
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        return uploaded.json().path("documentId").asText();
    }

    /** A document of Bretagne's, uploaded by its administrator to a body of theirs. */
    private static String bretonDocument(ApiWorld world) {
        String body = "gt-bretagne-reunions-documents";
        String space = SpaceIds.ofBody(BZH, body);
        if (world.bean(SpaceRoster.class).roleOf(BZH, space, ADMIN_BZH.personId()).isEmpty()) {
            world.asSystem(BZH, new CreateBodyCommand(BZH, body, BodyKind.WORKING_GROUP, "Groupe breton des réunions"));
            world.asSystem(BZH, new AddBodyMemberCommand(BZH, body, ADMIN_BZH.personId(), BodyRole.OFFICER));
            eventually(() -> world.bean(SpaceRoster.class).roleOf(BZH, space, ADMIN_BZH.personId()));
        }
        return upload(world.signedIn(ADMIN_BZH), "/api/cooperations/" + BZH + "/documents/spaces/" + space, Map.of(),
                      "Note bretonne.pdf");
    }

    private static String eventuallyPage(ApiClient client, String page, String expected) {
        return eventually(() -> {
            String body = client.getPage(page).body();
            return body.contains(expected) ? java.util.Optional.of(body) : java.util.Optional.empty();
        });
    }
}
