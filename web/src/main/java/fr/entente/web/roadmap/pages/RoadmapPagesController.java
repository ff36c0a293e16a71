package fr.entente.web.roadmap.pages;

import fr.entente.cooperation.api.BodyKind;
import fr.entente.live.query.LiveTopics;
import fr.entente.roadmap.api.RoadmapAction;
import fr.entente.roadmap.api.RoadmapRoster;
import fr.entente.roadmap.api.RoadmapStage;
import fr.entente.roadmap.query.RoadmapView;
import fr.entente.web.pages.LiveSections;
import fr.entente.web.pages.PageController;
import fr.entente.web.pages.PageForm;
import fr.entente.web.pages.ReadYourWrites;
import fr.entente.web.pages.ScriptJson;
import fr.entente.web.pages.SectionRenderer;
import fr.entente.web.roadmap.RoadmapAccess;
import fr.entente.web.roadmap.RoadmapLines;
import fr.entente.web.roadmap.RoadmapSheets;
import fr.entente.web.security.CooperationAccess;
import fr.entente.web.study.StudyAccess;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import fr.entente.web.roadmap.RoadmapAsItStood;
import fr.entente.web.pages.HistoryLinks;
import fr.entente.roadmap.api.RoadmapRefusal;
import fr.entente.roadmap.api.RoadmapRefusedException;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The roadmaps' pages: the cooperation's roadmaps by year, and a roadmap with its axes and actions (lead centre,
 * centres, partners, deliverables, indicators, studies, progress), the committee's decision, the evaluation, and the
 * forms of what the reader may do next; its sections follow the roadmap's live topic. Read through the same
 * application layer as the API.
 */
@PageController
public class RoadmapPagesController {

    static final List<String> FORMS = List.of("validation", "avancement", "etude", "evaluation");
    private static final String PAGE = "feuille-de-route";
    private static final List<String> LIVE_SECTIONS = List.of("axes", "suites-feuille");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final RoadmapAccess access;
    private final RoadmapLines lines;
    private final RoadmapRoster roster;
    private final CooperationAccess cooperations;
    private final StudyAccess studies;
    private final RoadmapSheets sheets;
    private final ReadYourWrites readYourWrites;
    private final ScriptJson json;
    private final LiveSections liveSections;
    private final SectionRenderer sections;
    private final MessageSource messages;
    private final RoadmapAsItStood asItStood;
    private final HistoryLinks history;

    RoadmapPagesController(RoadmapAccess access, RoadmapLines lines, RoadmapRoster roster, CooperationAccess cooperations,
                           StudyAccess studies, RoadmapSheets sheets, ReadYourWrites readYourWrites, ScriptJson json,
                           LiveSections liveSections, SectionRenderer sections, MessageSource messages,
                           RoadmapAsItStood asItStood, HistoryLinks history) {
        this.asItStood = asItStood;
        this.history = history;
        this.access = access;
        this.lines = lines;
        this.roster = roster;
        this.cooperations = cooperations;
        this.studies = studies;
        this.sheets = sheets;
        this.readYourWrites = readYourWrites;
        this.json = json;
        this.liveSections = liveSections;
        this.sections = sections;
        this.messages = messages;
    }

    @GetMapping("/cooperations/{cooperationId}/feuilles-de-route")
    String roadmaps(@PathVariable String cooperationId, Model model) {
        model.addAttribute("cooperationId", cooperationId);
        model.addAttribute("roadmaps", access.roadmaps(cooperationId));
        return "feuilles-de-route";
    }

    @GetMapping("/cooperations/{cooperationId}/feuilles-de-route/{roadmapId}")
    String roadmap(@PathVariable String cooperationId, @PathVariable String roadmapId, Model model, Locale locale) {
        readYourWrites.await(model, "roadmaps", "decisions");
        RoadmapView roadmap = access.seen(cooperationId, roadmapId);
        fill(cooperationId, roadmap, model, locale);
        history.expose(model, cooperationId, roadmapId);
        PageForm.exposeForms(model, FORMS, refused -> refused);
        model.addAttribute("liveJson", json.of(Map.of(
                "topic", LiveTopics.roadmap(cooperationId, roadmapId),
                "position", roadmap.position(),
                "sections", "/cooperations/" + cooperationId + "/feuilles-de-route/" + roadmapId + "/sections",
                "updated", messages.getMessage("roadmap.live.updated", null, locale),
                "newer", messages.getMessage("roadmap.live.newer", null, locale))));
        return PAGE;
    }

    /**
     * The roadmap's page as it stood at a date and time of Europe/Paris ({@code le=2026-03-12T14:00}), with no form
     * and no live updates.
     */
    @GetMapping("/cooperations/{cooperationId}/feuilles-de-route/{roadmapId}/etat")
    String asItStood(@PathVariable String cooperationId, @PathVariable String roadmapId,
                     @RequestParam(name = "le", defaultValue = "") String at, Model model, Locale locale) {
        LocalDateTime when;
        try {
            when = LocalDateTime.parse(at);
        } catch (DateTimeParseException e) {
            throw RoadmapRefusedException.refused(RoadmapRefusal.NOT_FOUND);
        }
        fill(cooperationId, asItStood.at(cooperationId, roadmapId, when.atZone(PARIS).toInstant()), model, locale);
        model.addAttribute("maySubmit", false);
        model.addAttribute("mayLink", false);
        model.addAttribute("mayEvaluate", false);
        model.addAttribute("reportable", List.of());
        PageForm.exposeForms(model, FORMS, refused -> refused);
        model.addAttribute("asOf", when);
        return PAGE;
    }

    @GetMapping("/cooperations/{cooperationId}/feuilles-de-route/{roadmapId}/feuille-de-route.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String cooperationId, @PathVariable String roadmapId, Locale locale) {
        return sheets.response(cooperationId, roadmapId, locale);
    }

    /** A form's address opened in the address bar: the roadmap's page. */
    @GetMapping("/cooperations/{cooperationId}/feuilles-de-route/{roadmapId}/{form:validation|avancement|etude|evaluation}")
    String formAddress(@PathVariable String cooperationId, @PathVariable String roadmapId) {
        return "redirect:" + RoadmapFormsController.page(cooperationId, roadmapId);
    }

    /** The live sections after a live update, rendered for the reader: {@code {"position": …, "sections": {id: html}}}. */
    @GetMapping(path = "/cooperations/{cooperationId}/feuilles-de-route/{roadmapId}/sections",
                produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> liveSections(@PathVariable String cooperationId, @PathVariable String roadmapId,
                                     @RequestParam List<String> ids, @RequestParam(defaultValue = "0") long since,
                                     HttpServletRequest request, HttpServletResponse response, Locale locale) {
        RoadmapView seen = access.seen(cooperationId, roadmapId);
        String personId = cooperations.membershipIn(cooperationId).personId();
        Map<String, String> rendered = new LinkedHashMap<>();
        long position = since;
        for (String id : ids.stream().filter(LIVE_SECTIONS::contains).distinct().toList()) {
            LiveSections.Rendered section = liveSections.at(LiveSections.Key.of(roadmapId, PAGE, id, personId, locale), since, at -> {
                Model sectionModel = new ExtendedModelMap();
                fill(cooperationId, seen, sectionModel, locale);
                PageForm.exposeForms(sectionModel, FORMS, refused -> refused);
                return new LiveSections.Rendered(seen.position(),
                                                 sections.render(PAGE, id, sectionModel.asMap(), request, response, locale));
            });
            rendered.put(id, SectionRenderer.forRequest(section.html(), request));
            position = Math.max(position, section.position());
        }
        return Map.of("position", position, "sections", rendered);
    }

    private void fill(String cooperationId, RoadmapView roadmap, Model model, Locale locale) {
        String personId = cooperations.membershipIn(cooperationId).personId();
        boolean manager = roster.managesRoadmaps(cooperationId, personId);
        String organisation = roster.organisationOf(cooperationId, personId).orElse(null);
        RoadmapStage stage = roadmap.stage();
        model.addAttribute("cooperationId", cooperationId);
        model.addAttribute("roadmap", roadmap);
        model.addAttribute("axes", lines.of(cooperationId, roadmap));
        model.addAttribute("zone", PARIS);
        model.addAttribute("maySubmit", manager && stage == RoadmapStage.PROPOSED);
        model.addAttribute("mayLink", manager);
        model.addAttribute("mayEvaluate", manager && stage == RoadmapStage.VALIDATED);
        List<RoadmapAction> reportable = roadmap.axes().stream().flatMap(axis -> axis.actions().stream())
                .filter(action -> manager || action.leadCentre().equals(organisation)).toList();
        model.addAttribute("reportable", stage == RoadmapStage.VALIDATED ? reportable : List.of());
        model.addAttribute("allActions", roadmap.axes().stream().flatMap(axis -> axis.actions().stream()).toList());
        Map<String, String> committees = new LinkedHashMap<>();
        cooperations.cooperation(cooperationId).cooperation().bodies().stream()
                    .filter(body -> body.kind() == BodyKind.STEERING_COMMITTEE || body.kind() == BodyKind.TECHNICAL_COMMITTEE)
                    .forEach(body -> committees.put(body.bodyId(), body.name() != null ? body.name()
                            : messages.getMessage("kind." + body.kind(), null, locale)));
        model.addAttribute("committees", committees);
        Map<String, String> linkable = new LinkedHashMap<>();
        if (manager) {
            try {
                studies.studies(cooperationId).forEach(study -> linkable.put(study.studyId(), study.proposal().title()));
            } catch (RuntimeException notFollowing) {
                // an administrator who follows no study: nothing to link
            }
        }
        model.addAttribute("linkableStudies", linkable);
    }
}
