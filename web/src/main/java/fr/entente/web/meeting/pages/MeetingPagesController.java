package fr.entente.web.meeting.pages;

import fr.entente.web.problem.NotVisibleException;
import java.time.format.DateTimeParseException;
import java.time.LocalDateTime;
import fr.entente.cooperation.api.BodyRole;
import fr.entente.infra.pdf.HtmlToPdf;
import fr.entente.meeting.api.MeetingRefusal;
import fr.entente.meeting.api.MeetingRefusedException;
import fr.entente.meeting.query.MeetingView;
import fr.entente.meeting.query.MinutesStatus;
import fr.entente.web.meeting.MeetingAccess;
import fr.entente.web.meeting.SeenMeeting;
import fr.entente.web.meeting.MeetingAsItStood;
import fr.entente.web.meeting.MeetingDocumentLinks;
import fr.entente.web.pages.HistoryLinks;
import fr.entente.web.pages.LiveSections;
import fr.entente.web.pages.PageForm;
import fr.entente.web.pages.ReadYourWrites;
import fr.entente.web.pages.SectionRenderer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import fr.entente.web.pages.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A meeting's pages, for the members of its body: the meeting (agenda, requests, attendance; its officer and convenor
 * prepare it there), the live view (current item, notes, proposals, actions, attendance; made for a projected screen
 * and the keyboard), the minutes, and the minutes as a PDF. Their forms are the forms controllers' ({@link MeetingForms}).
 * <p>
 * The pages follow the meeting live: when a live update says which parts of the meeting changed, a page asks here for
 * the sections that show them ({@link #sections}), rendered once for everyone of the same role.
 */
@PageController
class MeetingPagesController {

    static final List<String> FORMS = List.of("_page", "demande", "point", "fusion", "echeance", "publication", "ouverture",
                                              "horaire", "annulation", "proposition", "action", "texte", "rectificatif", "note", "presences",
                                              "piece-jointe", "annexe");

    private static final List<String> MANAGING_FORMS = List.of("point", "fusion", "echeance", "publication", "ouverture",
                                                               "horaire", "annulation", "proposition", "action", "texte",
                                                               "rectificatif", "presences", "piece-jointe", "annexe");
    /** The page templates and their live sections. */
    static final Map<String, List<String>> LIVE_SECTIONS = Map.of(
            MeetingForms.MEETING, List.of("en-tete", "ordre-du-jour", "demandes", "gestion", "presences"),
            MeetingForms.LIVE, List.of("etat", "deroule", "point-courant", "consigner", "presences", "releve", "cloture"),
            MeetingForms.MINUTES, List.of("etat-compte-rendu", "texte-compte-rendu", "rectificatifs", "contenu-releve"));

    private final MeetingAccess access;
    private final MeetingPageData data;
    private final MeetingPageModel pages;
    private final ReadYourWrites readYourWrites;
    private final LiveSections liveSections;
    private final SectionRenderer sections;
    private final TemplateEngine templates;
    private final HtmlToPdf pdf;
    private final HistoryLinks historyLinks;
    private final MeetingAsItStood asItStood;
    private final MeetingDocumentLinks documentLinks;

    MeetingPagesController(MeetingAccess access, MeetingPageData data, MeetingPageModel pages,
                           ReadYourWrites readYourWrites, LiveSections liveSections, SectionRenderer sections,
                           TemplateEngine templates, HtmlToPdf pdf, HistoryLinks historyLinks, MeetingAsItStood asItStood,
                           MeetingDocumentLinks documentLinks) {
        this.documentLinks = documentLinks;
        this.historyLinks = historyLinks;
        this.asItStood = asItStood;
        this.access = access;
        this.data = data;
        this.pages = pages;
        this.readYourWrites = readYourWrites;
        this.liveSections = liveSections;
        this.sections = sections;
        this.templates = templates;
        this.pdf = pdf;
    }

    @GetMapping("/cooperations/{cooperationId}/reunions/{meetingId}")
    String meeting(@PathVariable String cooperationId, @PathVariable String meetingId, Model model, Locale locale) {
        return render(cooperationId, meetingId, MeetingForms.MEETING, model, locale);
    }

    @GetMapping("/cooperations/{cooperationId}/reunions/{meetingId}/en-direct")
    String live(@PathVariable String cooperationId, @PathVariable String meetingId, Model model, Locale locale) {
        return render(cooperationId, meetingId, MeetingForms.LIVE, model, locale);
    }

    @GetMapping("/cooperations/{cooperationId}/reunions/{meetingId}/compte-rendu")
    String minutes(@PathVariable String cooperationId, @PathVariable String meetingId, Model model, Locale locale) {
        return render(cooperationId, meetingId, MeetingForms.MINUTES, model, locale);
    }

    /**
     * The minutes page as the meeting stood at a date and time of Europe/Paris ({@code le=2026-03-12T14:00}): its
     * agenda, record and minutes as its members saw them then, with no form and no live updates.
     */
    @GetMapping("/cooperations/{cooperationId}/reunions/{meetingId}/compte-rendu/etat")
    String asItStood(@PathVariable String cooperationId, @PathVariable String meetingId,
                     @RequestParam(name = "le", defaultValue = "") String at, Model model, Locale locale) {
        LocalDateTime when;
        try {
            when = LocalDateTime.parse(at);
        } catch (DateTimeParseException e) {
            throw NotVisibleException.meeting();
        }
        SeenMeeting then = asItStood.at(cooperationId, meetingId, when.atZone(MeetingPageModel.PARIS).toInstant());
        model.addAttribute(MeetingPageModel.PAGE, MeetingForms.MINUTES);
        pages.fill(data.of(then.meeting()), BodyRole.MEMBER, model, locale);
        model.addAttribute("asOf", when);
        exposeForms(model, BodyRole.MEMBER);
        return MeetingForms.MINUTES;
    }

    /** A form's address opened in the address bar (a bookmark, a reload after a refusal): its page. */
    @GetMapping("/cooperations/{cooperationId}/reunions/{meetingId}/**")
    String formAddress(@PathVariable String cooperationId, @PathVariable String meetingId) {
        return "redirect:/cooperations/" + cooperationId + "/reunions/" + meetingId;
    }

    /**
     * The live sections a page asks for after a live update, as the person's role may see them, at position
     * {@code since} or later: {@code {"position": …, "sections": {id: html}}}.
     */
    @GetMapping(path = "/cooperations/{cooperationId}/reunions/{meetingId}/sections", produces = MediaType.APPLICATION_JSON_VALUE)
    @org.springframework.web.bind.annotation.ResponseBody
    Map<String, Object> sections(@PathVariable String cooperationId, @PathVariable String meetingId,
                                 @RequestParam String page, @RequestParam List<String> ids,
                                 @RequestParam(defaultValue = "0") long since, Model model,
                                 HttpServletRequest request, HttpServletResponse response, Locale locale) {
        List<String> known = LIVE_SECTIONS.getOrDefault(page, List.of());
        BodyRole role = access.roleOfCurrentPersonIn(cooperationId, meetingId);
        Map<String, String> rendered = new LinkedHashMap<>();
        long position = since;
        for (String id : ids.stream().filter(known::contains).distinct().toList()) {
            LiveSections.Rendered section = liveSections.at(
                    LiveSections.Key.of(meetingId, page, id, role.name(), locale), since,
                    at -> renderSection(meetingId, page, id, role, at, model, request, response, locale));
            rendered.put(id, SectionRenderer.forRequest(section.html(), request));
            position = Math.max(position, section.position());
        }
        return Map.of("position", position, "sections", rendered);
    }

    private LiveSections.Rendered renderSection(String meetingId, String page, String sectionId, BodyRole role, long at,
                                                Model model, HttpServletRequest request, HttpServletResponse response,
                                                Locale locale) {
        MeetingPageData.Data meeting = data.at(meetingId, at);
        Model sectionModel = new org.springframework.ui.ExtendedModelMap();
        sectionModel.addAllAttributes(model.asMap());
        pages.fill(meeting, role, sectionModel, locale);
        exposeForms(sectionModel, role);
        return new LiveSections.Rendered(meeting.meeting().position(),
                                         sections.render(page, sectionId, sectionModel.asMap(), request, response, locale));
    }

    /**
     * The minutes in French, as a tagged PDF: once drafted for the officer and convenor, once published for the body
     * and the bodies it reports to.
     */
    @GetMapping("/cooperations/{cooperationId}/reunions/{meetingId}/compte-rendu.pdf")
    ResponseEntity<byte[]> minutesPdf(@PathVariable String cooperationId, @PathVariable String meetingId, Model model) {
        SeenMeeting seen = access.minutesReader(cooperationId, meetingId);
        MinutesStatus status = seen.meeting().minutes().status();
        if (status == MinutesStatus.NONE) {
            throw MeetingRefusedException.refused(MeetingRefusal.NOT_FOUND);
        }
        pages.fill(data.at(meetingId, seen.meeting().position()), seen.role(), model, Locale.FRENCH);
        linkedDocuments(model, false);
        model.addAttribute("studyLinks", false);
        Context context = new Context(Locale.FRENCH, model.asMap());
        byte[] document = pdf.render(templates.process("compte-rendu-pdf", context));
        String fileName = "compte-rendu-" + seen.meeting().date() + "-" + seen.meeting().bodyId() + ".pdf";
        return ResponseEntity.ok()
                             .contentType(MediaType.APPLICATION_PDF)
                             .header(HttpHeaders.CONTENT_DISPOSITION,
                                     ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                             .body(document);
    }

    /** A page as it is, or again with a refused form's errors and values, once it shows what a form just wrote. */
    private String render(String cooperationId, String meetingId, String template, Model model, Locale locale) {
        readYourWrites.await(model, "meetings");
        SeenMeeting seen = template.equals(MeetingForms.MINUTES) ? access.minutesReader(cooperationId, meetingId)
                                                                 : access.seen(cooperationId, meetingId);
        model.addAttribute(MeetingPageModel.PAGE, template);
        pages.fill(data.at(meetingId, seen.meeting().position()), seen.role(), model, locale);
        linkedDocuments(model, Boolean.TRUE.equals(model.getAttribute("manager")));
        historyLinks.exposeForMeeting(model, cooperationId, meetingId);
        exposeForms(model, seen.role());
        return template;
    }

    /**
     * The documents the meeting names, as the signed-in person sees them: outside the live sections, which are
     * rendered once for everyone of a role, because what each person sees of a document depends on its folder's
     * rights for them. A manager's forms offer the documents of the body's space they see.
     */
    private void linkedDocuments(Model model, boolean manager) {
        MeetingView meeting = (MeetingView) model.getAttribute("meeting");
        model.addAttribute("attachmentsSeen", documentLinks.attachmentsSeen(meeting));
        model.addAttribute("annexes", documentLinks.annexes(meeting));
        model.addAttribute("documentChoices", manager ? documentLinks.choices(meeting) : List.of());
    }

    /** A form this person is not shown (only the officer and convenor see the managing ones): said at the top. */
    private static void exposeForms(Model model, BodyRole role) {
        boolean manager = role == BodyRole.OFFICER || role == BodyRole.CONVENOR;
        PageForm.exposeForms(model, FORMS, refused -> manager || !MANAGING_FORMS.contains(refused) ? refused : "_page");
    }
}
