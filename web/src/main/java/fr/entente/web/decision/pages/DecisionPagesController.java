package fr.entente.web.decision.pages;

import fr.entente.decision.api.ConcernKind;
import fr.entente.decision.api.DecisionLimits;
import fr.entente.decision.api.DecisionOutcome;
import fr.entente.decision.api.Majority;
import fr.entente.decision.query.DecisionSummary;
import fr.entente.web.decision.DecisionAccess;
import fr.entente.web.decision.DecisionAsItStood;
import fr.entente.web.decision.DecisionRegisterCsv;
import fr.entente.web.decision.SeenDecision;
import fr.entente.web.pages.HistoryLinks;
import fr.entente.web.pages.LiveSections;
import fr.entente.web.pages.PageController;
import fr.entente.web.pages.PageForm;
import fr.entente.web.pages.ReadYourWrites;
import fr.entente.web.pages.SectionRenderer;
import fr.entente.web.problem.NotVisibleException;
import fr.entente.web.security.CooperationAccess;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The decisions' pages: a decision (its live sections follow the decision's topic), the form that opens one, and a
 * body's register with its CSV export.
 */
@PageController
public class DecisionPagesController {

    static final String PAGE = "decision";
    static final List<String> FORMS = List.of("vote", "delegue", "cloture", "annulation", "_page");
    private static final List<String> LIVE_SECTIONS = List.of("decompte", "votants", "historique");

    private final DecisionAccess access;
    private final DecisionPageModel pages;
    private final ReadYourWrites readYourWrites;
    private final LiveSections liveSections;
    private final SectionRenderer sections;
    private final CooperationAccess cooperations;
    private final DecisionRegisterCsv csv;
    private final fr.entente.web.decision.DecisionRegisterPdf pdf;
    private final DecisionAsItStood asItStood;
    private final HistoryLinks history;

    DecisionPagesController(DecisionAccess access, DecisionPageModel pages, ReadYourWrites readYourWrites,
                            LiveSections liveSections, SectionRenderer sections, CooperationAccess cooperations,
                            DecisionRegisterCsv csv, fr.entente.web.decision.DecisionRegisterPdf pdf,
                            DecisionAsItStood asItStood, HistoryLinks history) {
        this.history = history;
        this.pdf = pdf;
        this.asItStood = asItStood;
        this.access = access;
        this.pages = pages;
        this.readYourWrites = readYourWrites;
        this.liveSections = liveSections;
        this.sections = sections;
        this.cooperations = cooperations;
        this.csv = csv;
    }

    @GetMapping("/cooperations/{cooperationId}/decisions/{decisionId}")
    String decision(@PathVariable String cooperationId, @PathVariable String decisionId, Model model, Locale locale) {
        readYourWrites.await(model, "decisions", "decision-register");
        SeenDecision seen = access.seen(cooperationId, decisionId);
        pages.fill(seen, model, locale);
        pages.forumThreads(seen, model);
        history.expose(model, cooperationId, decisionId);
        PageForm.exposeForms(model, FORMS, refused -> refused);
        return PAGE;
    }

    /**
     * The decision's page as it stood at a date and time of Europe/Paris ({@code le=2026-03-12T14:00}): the votes,
     * tally, outcome and number then, with no form and no live updates.
     */
    @GetMapping("/cooperations/{cooperationId}/decisions/{decisionId}/etat")
    String asItStood(@PathVariable String cooperationId, @PathVariable String decisionId,
                     @RequestParam(name = "le", defaultValue = "") String at, Model model, Locale locale) {
        LocalDateTime when;
        try {
            when = LocalDateTime.parse(at);
        } catch (DateTimeParseException e) {
            throw NotVisibleException.decision();
        }
        pages.fill(asItStood.at(cooperationId, decisionId, when.atZone(DecisionPageModel.PARIS).toInstant()), model, locale);
        model.addAttribute("asOf", when);
        PageForm.exposeForms(model, FORMS, refused -> refused);
        return PAGE;
    }

    /** A form's address opened in the address bar: the decision's page. */
    @GetMapping("/cooperations/{cooperationId}/decisions/{decisionId}/{form:vote|releve|delegue|cloture|annulation}")
    String formAddress(@PathVariable String cooperationId, @PathVariable String decisionId) {
        return "redirect:/cooperations/" + cooperationId + "/decisions/" + decisionId;
    }

    /**
     * The live sections of the page after a live update (tally, who voted, history), rendered once for everyone at a
     * position: {@code {"position": …, "sections": {id: html}}}. They hold no form, so they are the same for all.
     */
    @GetMapping(path = "/cooperations/{cooperationId}/decisions/{decisionId}/sections", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> liveSections(@PathVariable String cooperationId, @PathVariable String decisionId,
                                     @RequestParam List<String> ids, @RequestParam(defaultValue = "0") long since,
                                     Model model, HttpServletRequest request, HttpServletResponse response, Locale locale) {
        SeenDecision seen = access.seen(cooperationId, decisionId);
        Map<String, String> rendered = new LinkedHashMap<>();
        long position = since;
        for (String id : ids.stream().filter(LIVE_SECTIONS::contains).distinct().toList()) {
            LiveSections.Rendered section = liveSections.at(LiveSections.Key.of(decisionId, PAGE, id, "all", locale), since, at -> {
                SeenDecision fresh = at > seen.decision().position() ? access.seen(cooperationId, decisionId) : seen;
                Model sectionModel = new ExtendedModelMap();
                sectionModel.addAllAttributes(model.asMap());
                pages.fill(fresh, sectionModel, locale);
                PageForm.exposeForms(sectionModel, FORMS, refused -> refused);
                return new LiveSections.Rendered(fresh.decision().position(),
                                                 sections.render(PAGE, id, sectionModel.asMap(), request, response, locale));
            });
            rendered.put(id, SectionRenderer.forRequest(section.html(), request));
            position = Math.max(position, section.position());
        }
        return Map.of("position", position, "sections", rendered);
    }

    @GetMapping("/cooperations/{cooperationId}/instances/{bodyId}/decisions/nouvelle")
    String newDecision(@PathVariable String cooperationId, @PathVariable String bodyId, Model model) {
        if (!access.managesBody(cooperationId, bodyId)) {
            throw NotVisibleException.body();
        }
        model.addAttribute("cooperation", cooperations.cooperation(cooperationId).cooperation());
        model.addAttribute("body", cooperations.body(cooperationId, bodyId));
        model.addAttribute("majorities", Majority.values());
        model.addAttribute("concernKinds", ConcernKind.values());
        model.addAttribute("limits", Map.of("question", DecisionLimits.QUESTION, "text", DecisionLimits.TEXT));
        PageForm.exposeForms(model, List.of("decision"), refused -> refused);
        return "decision-nouvelle";
    }

    @GetMapping("/cooperations/{cooperationId}/instances/{bodyId}/registre")
    String register(@PathVariable String cooperationId, @PathVariable String bodyId,
                    @RequestParam(required = false) Integer year, @RequestParam(required = false) DecisionOutcome outcome,
                    Model model) {
        readYourWrites.await(model, "decisions", "decision-register");
        List<DecisionSummary> all = access.register(cooperationId, bodyId, null);
        List<DecisionSummary> shown = all.stream()
                                         .filter(decision -> year == null || decision.reference().contains("-" + year + "-"))
                                         .filter(decision -> outcome == null || decision.outcome() == outcome)
                                         .toList();
        model.addAttribute("cooperation", cooperations.cooperation(cooperationId).cooperation());
        model.addAttribute("body", cooperations.body(cooperationId, bodyId));
        model.addAttribute("register", shown);
        model.addAttribute("years", all.stream().map(decision -> decision.reference().split("-"))
                                       .map(parts -> Integer.parseInt(parts[parts.length - 2])).distinct().sorted().toList());
        model.addAttribute("year", year);
        model.addAttribute("outcome", outcome);
        model.addAttribute("outcomes", DecisionOutcome.values());
        model.addAttribute("manager", access.managesBody(cooperationId, bodyId));
        model.addAttribute("zone", DecisionPageModel.PARIS);
        return "registre";
    }

    @GetMapping(path = "/cooperations/{cooperationId}/instances/{bodyId}/registre.csv")
    ResponseEntity<String> registerCsv(@PathVariable String cooperationId, @PathVariable String bodyId,
                                       @RequestParam(required = false) Integer year, Locale locale) {
        return ResponseEntity.ok()
                             .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                             .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                     .filename("registre-" + bodyId + (year == null ? "" : "-" + year) + ".csv").build().toString())
                             .body(csv.of(access.register(cooperationId, bodyId, year), locale));
    }

    @GetMapping(path = "/cooperations/{cooperationId}/instances/{bodyId}/registre.pdf")
    ResponseEntity<byte[]> registerPdf(@PathVariable String cooperationId, @PathVariable String bodyId,
                                       @RequestParam(required = false) Integer year) {
        DecisionAccess.Named named = access.names(cooperationId, bodyId);
        return ResponseEntity.ok()
                             .contentType(MediaType.APPLICATION_PDF)
                             .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                     .filename("registre-" + bodyId + (year == null ? "" : "-" + year) + ".pdf").build().toString())
                             .body(pdf.of(access.register(cooperationId, bodyId, year), named.body(), named.cooperation(), year));
    }
}
