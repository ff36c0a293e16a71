package fr.entente.web.pages;

import fr.entente.infra.pdf.HtmlToPdf;
import fr.entente.meeting.api.MeetingRefusal;
import fr.entente.meeting.api.MeetingRefusedException;
import fr.entente.meeting.query.MinutesStatus;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * A meeting's pages, for the members of its body: the meeting (agenda, requests, attendance; its officer and convenor
 * prepare it there), the live view (current item, notes, proposals, actions, attendance; made for a projected screen
 * and the keyboard), the minutes, and the minutes as a PDF. The pages follow the meeting live; their forms are
 * {@link MeetingFormsController}'s.
 */
@Controller
class MeetingPagesController {

    static final List<String> FORMS = List.of("_page", "demande", "point", "fusion", "echeance", "publication", "ouverture",
                                              "horaire", "annulation", "proposition", "action", "texte", "rectificatif");

    private static final List<String> MANAGING_FORMS = List.of("point", "fusion", "echeance", "publication", "ouverture",
                                                               "horaire", "annulation", "proposition", "action", "texte",
                                                               "rectificatif");

    private final MeetingPageModel pages;
    private final TemplateEngine templates;
    private final HtmlToPdf pdf;

    MeetingPagesController(MeetingPageModel pages, TemplateEngine templates, HtmlToPdf pdf) {
        this.pages = pages;
        this.templates = templates;
        this.pdf = pdf;
    }

    @GetMapping("/cooperations/{cooperationId}/reunions/{meetingId}")
    String meeting(@PathVariable String cooperationId, @PathVariable String meetingId, Model model, Locale locale) {
        return render(cooperationId, meetingId, "reunion", model, locale);
    }

    @GetMapping("/cooperations/{cooperationId}/reunions/{meetingId}/en-direct")
    String live(@PathVariable String cooperationId, @PathVariable String meetingId, Model model, Locale locale) {
        return render(cooperationId, meetingId, "reunion-direct", model, locale);
    }

    @GetMapping("/cooperations/{cooperationId}/reunions/{meetingId}/compte-rendu")
    String minutes(@PathVariable String cooperationId, @PathVariable String meetingId, Model model, Locale locale) {
        return render(cooperationId, meetingId, "compte-rendu", model, locale);
    }

    /** The minutes in French, as a tagged PDF: once drafted for the officer and convenor, once published for the body. */
    @GetMapping("/cooperations/{cooperationId}/reunions/{meetingId}/compte-rendu.pdf")
    ResponseEntity<byte[]> minutesPdf(@PathVariable String cooperationId, @PathVariable String meetingId, Model model) {
        MeetingPageModel.SeenMeeting seen = pages.seen(cooperationId, meetingId, model);
        MinutesStatus status = seen.meeting().minutes().status();
        if (status == MinutesStatus.NONE || !seen.manager() && status != MinutesStatus.PUBLISHED) {
            throw MeetingRefusedException.refused(MeetingRefusal.NOT_FOUND);
        }
        pages.fill(seen, model, Locale.FRENCH);
        Context context = new Context(Locale.FRENCH, model.asMap());
        byte[] document = pdf.render(templates.process("compte-rendu-pdf", context));
        String fileName = "compte-rendu-" + seen.meeting().date() + "-" + seen.meeting().bodyId() + ".pdf";
        return ResponseEntity.ok()
                             .contentType(MediaType.APPLICATION_PDF)
                             .header(HttpHeaders.CONTENT_DISPOSITION,
                                     ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                             .body(document);
    }

    /** A page as it is, or again with a refused form's errors and values (set by the forms' controller). */
    String render(String cooperationId, String meetingId, String template, Model model, Locale locale) {
        MeetingPageModel.SeenMeeting seen = pages.seen(cooperationId, meetingId, model);
        pages.fill(seen, model, locale);
        // a form this person is not shown (only the officer and convenor see the managing ones): said at the top
        PageForm.exposeForms(model, FORMS, refused -> seen.manager() || !MANAGING_FORMS.contains(refused) ? refused : "_page");
        return template;
    }
}
