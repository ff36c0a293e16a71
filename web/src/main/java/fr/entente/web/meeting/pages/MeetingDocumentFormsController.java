package fr.entente.web.meeting.pages;

import fr.entente.web.meeting.MeetingDocumentLinks;
import fr.entente.web.meeting.MeetingRequests;
import fr.entente.web.pages.FormFields;
import fr.entente.web.pages.PageController;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Locale;
import java.util.Map;

/**
 * The forms that name documents of the document space from a meeting: an item's attachments on the meeting page, the
 * minutes' annexes on the minutes page. The same checks and application layer as the API.
 */
@PageController
@RequestMapping("/cooperations/{cooperationId}/reunions/{meetingId}")
public class MeetingDocumentFormsController {

    private final MeetingForms forms;
    private final MeetingDocumentLinks documents;

    MeetingDocumentFormsController(MeetingForms forms, MeetingDocumentLinks documents) {
        this.forms = forms;
        this.documents = documents;
    }

    @PostMapping("/ordre-du-jour/pieces-jointes")
    String attach(@PathVariable String cooperationId, @PathVariable String meetingId,
                  @RequestParam(defaultValue = "") String itemId, @RequestParam(defaultValue = "") String documentId,
                  RedirectAttributes redirect, Locale locale) {
        MeetingRequests.DocumentReference request = new MeetingRequests.DocumentReference(FormFields.blankToNull(documentId));
        return forms.submit(MeetingForms.on(MeetingForms.MEETING, cooperationId, meetingId, redirect, locale), "piece-jointe",
                Map.of("itemId", itemId, "documentId", documentId), request, Map.of(), "documentId", () -> {
                    documents.attach(cooperationId, meetingId, itemId, request);
                    return forms.text(locale, "meeting.done.attached");
                });
    }

    @PostMapping("/ordre-du-jour/pieces-jointes/retrait")
    String detach(@PathVariable String cooperationId, @PathVariable String meetingId,
                  @RequestParam(defaultValue = "") String itemId, @RequestParam(defaultValue = "") String documentId,
                  RedirectAttributes redirect, Locale locale) {
        return forms.submit(MeetingForms.on(MeetingForms.MEETING, cooperationId, meetingId, redirect, locale), "_page",
                Map.of(), null, Map.of(), "documentId", () -> {
                    documents.detach(cooperationId, meetingId, itemId, documentId);
                    return forms.text(locale, "meeting.done.detached");
                });
    }

    @PostMapping("/compte-rendu/annexes")
    String annex(@PathVariable String cooperationId, @PathVariable String meetingId,
                 @RequestParam(defaultValue = "") String documentId, RedirectAttributes redirect, Locale locale) {
        MeetingRequests.DocumentReference request = new MeetingRequests.DocumentReference(FormFields.blankToNull(documentId));
        return forms.submit(MeetingForms.on(MeetingForms.MINUTES, cooperationId, meetingId, redirect, locale), "annexe",
                Map.of("documentId", documentId), request, Map.of(), "documentId", () -> {
                    documents.annex(cooperationId, meetingId, request);
                    return forms.text(locale, "meeting.done.annexed");
                });
    }
}
