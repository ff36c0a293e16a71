package fr.entente.web.study.pages;

import fr.entente.cooperation.api.BodyKind;
import fr.entente.cooperation.query.CooperationView;
import fr.entente.cooperation.query.MemberCentreView;
import fr.entente.study.api.Audience;
import fr.entente.study.api.DataSource;
import fr.entente.study.api.QuestionSubject;
import fr.entente.study.api.StudyRoster;
import fr.entente.study.api.StudyStage;
import fr.entente.study.query.StudyView;
import fr.entente.web.decision.DecisionNames;
import fr.entente.web.pages.PageController;
import fr.entente.web.pages.PageForm;
import fr.entente.web.pages.ReadYourWrites;
import fr.entente.web.document.DocumentResults;
import fr.entente.web.security.CooperationAccess;
import fr.entente.web.study.StudyAccess;
import fr.entente.web.study.StudyAsItStood;
import fr.entente.web.pages.HistoryLinks;
import fr.entente.study.api.StudyRefusal;
import fr.entente.study.api.StudyRefusedException;
import fr.entente.web.study.StudyDocuments;
import fr.entente.web.study.StudyOrigins;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.http.MediaType;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.bind.annotation.ResponseBody;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import fr.entente.live.query.LiveTopics;
import fr.entente.web.pages.LiveSections;
import fr.entente.web.pages.ScriptJson;
import fr.entente.web.pages.SectionRenderer;
import org.springframework.ui.Model;
import fr.entente.web.study.StudySheets;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The studies' pages: the cooperation's studies by stage, the form that proposes one (from a meeting's request or
 * proposal, or not), and a study with its chain (where it came from, the committee's decision and its number, the
 * launch, the progress, the results and their documents, who was informed and when, the disseminations and the
 * arbitrations) and the forms of the next steps that the reader may take. They read through the same application
 * layer as the API, and a page answering a form waits for the studies' read model to show what it wrote.
 */
@PageController
public class StudyPagesController {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String NEW_FORM = "proposition";
    private static final String PAGE = "etude";
    /** The reminder delays of a sending "à lire", in hours, as the documents' page offers them. */
    private static final List<Integer> READING_DELAYS = List.of(24, 48, 72, 168, 336);
    private static final List<String> LIVE_SECTIONS = List.of("chaine", "suites-direct");

    private final StudyAccess access;
    private final DecisionNames names;
    private final StudyRoster roster;
    private final CooperationAccess cooperations;
    private final StudyOrigins origins;
    private final StudyDocuments documents;
    private final ReadYourWrites readYourWrites;
    private final MessageSource messages;
    private final StudySheets sheets;
    private final ScriptJson json;
    private final LiveSections liveSections;
    private final SectionRenderer sections;
    private final StudyAsItStood asItStood;
    private final HistoryLinks history;

    StudyPagesController(StudyAccess access, DecisionNames names, StudyRoster roster, CooperationAccess cooperations,
                         StudyOrigins origins, StudyDocuments documents, ReadYourWrites readYourWrites,
                         MessageSource messages, StudySheets sheets, ScriptJson json, LiveSections liveSections,
                         SectionRenderer sections, StudyAsItStood asItStood, HistoryLinks history) {
        this.asItStood = asItStood;
        this.history = history;
        this.json = json;
        this.liveSections = liveSections;
        this.sections = sections;
        this.sheets = sheets;
        this.access = access;
        this.names = names;
        this.roster = roster;
        this.cooperations = cooperations;
        this.origins = origins;
        this.documents = documents;
        this.readYourWrites = readYourWrites;
        this.messages = messages;
    }

    @GetMapping("/cooperations/{cooperationId}/etudes")
    String studies(@PathVariable String cooperationId, Model model) {
        readYourWrites.await(model, "studies");
        List<StudyView> studies = access.studies(cooperationId);
        Map<StudyStage, List<StudyView>> byStage = new LinkedHashMap<>();
        for (StudyStage stage : StudyStage.values()) {
            List<StudyView> atStage = studies.stream().filter(study -> study.stage() == stage).toList();
            if (!atStage.isEmpty()) {
                byStage.put(stage, atStage);
            }
        }
        String personId = personIn(cooperationId);
        model.addAttribute("cooperationId", cooperationId);
        model.addAttribute("byStage", byStage);
        model.addAttribute("mayPropose", roster.managesStudies(cooperationId, personId)
                                         || roster.sitsInWorkingGroup(cooperationId, personId));
        return "etudes";
    }

    /** The proposal's form; {@code reunion} with {@code proposition} or {@code demande}: proposed from there. */
    @GetMapping("/cooperations/{cooperationId}/etudes/nouvelle")
    String newStudy(@PathVariable String cooperationId, @RequestParam(name = "reunion", required = false) String meetingId,
                    @RequestParam(name = "proposition", required = false) String proposalId,
                    @RequestParam(name = "demande", required = false) String requestId, Model model) {
        access.studies(cooperationId);
        PageForm.exposeForms(model, List.of(NEW_FORM), refused -> refused);
        @SuppressWarnings("unchecked")
        Map<String, Map<String, String>> values = (Map<String, Map<String, String>>) model.getAttribute("formValues");
        Map<String, String> typed = new LinkedHashMap<>(values.get(NEW_FORM));
        if (typed.isEmpty()) {
            try {
                origins.checked(cooperationId, meetingId, proposalId, requestId).ifPresent(origin -> {
                    typed.put("meetingId", origin.meeting().meetingId());
                    typed.put("proposalId", proposalId == null ? "" : proposalId);
                    typed.put("requestId", requestId == null ? "" : requestId);
                    typed.put("title", origin.title() == null ? "" : origin.title());
                    typed.put("question", origin.text() == null ? "" : origin.text());
                    model.addAttribute("originMeeting", origin.meeting());
                });
            } catch (RuntimeException unknownOrigin) {
                model.addAttribute("originUnknown", true);
            }
        }
        values.put(NEW_FORM, typed);
        model.addAttribute("cooperationId", cooperationId);
        model.addAttribute("dataSources", Arrays.asList(DataSource.values()));
        model.addAttribute("centres", centres(cooperationId));
        return "etude-nouvelle";
    }

    @GetMapping("/cooperations/{cooperationId}/etudes/{studyId}")
    String study(@PathVariable String cooperationId, @PathVariable String studyId, Model model, Locale locale) {
        readYourWrites.await(model, "studies", "decisions", "documents");
        StudyView study = access.seen(cooperationId, studyId);
        fill(cooperationId, study, model, locale);
        history.expose(model, cooperationId, studyId);
        PageForm.exposeForms(model, StudyFormsController.FORMS, refused -> refused);
        model.addAttribute("liveJson", json.of(Map.of(
                "topic", LiveTopics.study(cooperationId, studyId),
                "position", study.position(),
                "sections", "/cooperations/" + cooperationId + "/etudes/" + studyId + "/sections",
                "updated", messages.getMessage("study.live.updated", null, locale),
                "newer", messages.getMessage("study.live.newer", null, locale))));
        return PAGE;
    }

    /**
     * The live sections of the page after a live update (the chain, the next steps), rendered for the reader at a
     * position: {@code {"position": …, "sections": {id: html}}}. The next steps depend on the reader's role: the
     * sections are rendered per person.
     */
    @GetMapping(path = "/cooperations/{cooperationId}/etudes/{studyId}/sections", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> liveSections(@PathVariable String cooperationId, @PathVariable String studyId,
                                     @RequestParam List<String> ids, @RequestParam(defaultValue = "0") long since,
                                     HttpServletRequest request, HttpServletResponse response, Locale locale) {
        StudyView seen = access.seen(cooperationId, studyId);
        String personId = personIn(cooperationId);
        Map<String, String> rendered = new LinkedHashMap<>();
        long position = since;
        for (String id : ids.stream().filter(LIVE_SECTIONS::contains).distinct().toList()) {
            LiveSections.Rendered section = liveSections.at(LiveSections.Key.of(studyId, PAGE, id, personId, locale), since, at -> {
                Model sectionModel = new ExtendedModelMap();
                fill(cooperationId, seen, sectionModel, locale);
                PageForm.exposeForms(sectionModel, StudyFormsController.FORMS, refused -> refused);
                return new LiveSections.Rendered(seen.position(),
                                                 sections.render(PAGE, id, sectionModel.asMap(), request, response, locale));
            });
            rendered.put(id, SectionRenderer.forRequest(section.html(), request));
            position = Math.max(position, section.position());
        }
        return Map.of("position", position, "sections", rendered);
    }

    private void fill(String cooperationId, StudyView study, Model model, Locale locale) {
        Set<String> people = new LinkedHashSet<>();
        people.add(study.proposal().proposedBy());
        study.progress().forEach(report -> people.add(report.reportedBy()));
        study.arbitrations().forEach(arbitration -> people.add(arbitration.raisedBy()));
        people.remove(null);
        model.addAttribute("cooperationId", cooperationId);
        model.addAttribute("study", study);
        model.addAttribute("people", names.people(cooperationId, people));
        Map<String, String> organisations = names.organisations(cooperationId);
        model.addAttribute("organisations", organisations);
        model.addAttribute("requestingCentres", study.proposal().requestingCentres().stream()
                                                     .map(centre -> organisations.getOrDefault(centre, centre)).toList());
        model.addAttribute("participatingCentres", study.launch() == null ? List.of()
                : study.launch().participatingCentres().stream().map(centre -> organisations.getOrDefault(centre, centre)).toList());
        model.addAttribute("zone", PARIS);
        origin(cooperationId, study, model);
        resultDocuments(cooperationId, study, model);
        forms(cooperationId, study, model, locale);
    }

    /**
     * The study's page as it stood at a date and time of Europe/Paris ({@code le=2026-03-12T14:00}): its chain then,
     * with no form and no live updates.
     */
    @GetMapping("/cooperations/{cooperationId}/etudes/{studyId}/etat")
    String asItStood(@PathVariable String cooperationId, @PathVariable String studyId,
                     @RequestParam(name = "le", defaultValue = "") String at, Model model, Locale locale) {
        LocalDateTime when;
        try {
            when = LocalDateTime.parse(at);
        } catch (DateTimeParseException e) {
            throw StudyRefusedException.refused(StudyRefusal.NOT_FOUND);
        }
        StudyView then = asItStood.at(cooperationId, studyId, when.atZone(PARIS).toInstant());
        fill(cooperationId, then, model, locale);
        List.of("maySubmit", "mayLaunch", "mayReport", "mayDeliver", "mayInform", "mayDisseminate", "mayQuestion")
            .forEach(form -> model.addAttribute(form, false));
        PageForm.exposeForms(model, StudyFormsController.FORMS, refused -> refused);
        model.addAttribute("asOf", when);
        return PAGE;
    }

    /** The "fiche étude" in the reader's language. */
    @GetMapping("/cooperations/{cooperationId}/etudes/{studyId}/fiche.pdf")
    ResponseEntity<byte[]> sheet(@PathVariable String cooperationId, @PathVariable String studyId, Locale locale) {
        return sheets.response(cooperationId, studyId, locale);
    }

    /** A form's address opened in the address bar: the study's page. */
    @GetMapping("/cooperations/{cooperationId}/etudes/{studyId}/{form:validation|lancement|avancement|resultats|information|lecture|diffusion|question}")
    String formAddress(@PathVariable String cooperationId, @PathVariable String studyId) {
        return "redirect:" + StudyFormsController.page(cooperationId, studyId);
    }

    private void origin(String cooperationId, StudyView study, Model model) {
        StudyView.Proposal proposal = study.proposal();
        if (proposal.meetingId() == null) {
            return;
        }
        try {
            origins.checked(cooperationId, proposal.meetingId(), proposal.proposalId(), proposal.requestId())
                   .ifPresent(origin -> {
                       model.addAttribute("originMeeting", origin.meeting());
                       model.addAttribute("originText", origin.requestOrProposalText());
                   });
        } catch (RuntimeException notSeen) {
            // the reader does not sit in that meeting's body: the page says only that it came from a meeting
        }
    }

    private void resultDocuments(String cooperationId, StudyView study, Model model) {
        Map<String, String> named = new LinkedHashMap<>();
        if (study.results() != null) {
            study.results().documentIds().forEach(documentId -> named.put(
                    documentId, documents.nameOf(cooperationId, study, documentId).orElse(null)));
        }
        model.addAttribute("resultDocuments", named);
        Map<String, List<DocumentResults.Reader>> readers = new LinkedHashMap<>();
        named.keySet().forEach(documentId -> readers.put(documentId, documents.readersOf(cooperationId, study, documentId)));
        model.addAttribute("resultReaders", readers);
    }

    private void forms(String cooperationId, StudyView study, Model model, Locale locale) {
        String personId = personIn(cooperationId);
        boolean manager = roster.managesStudies(cooperationId, personId);
        boolean lead = study.launch() != null && roster.organisationOf(cooperationId, personId)
                                                       .filter(study.launch().leadCentre()::equals).isPresent();
        StudyStage stage = study.stage();
        model.addAttribute("maySubmit", manager && stage == StudyStage.PROPOSED);
        model.addAttribute("mayLaunch", manager && stage == StudyStage.VALIDATED);
        model.addAttribute("mayReport", (manager || lead) && stage == StudyStage.IN_PROGRESS);
        model.addAttribute("mayDeliver", manager && stage == StudyStage.IN_PROGRESS);
        model.addAttribute("mayInform", manager && stage == StudyStage.DELIVERED);
        model.addAttribute("mayDisseminate", manager && stage == StudyStage.DELIVERED);
        model.addAttribute("mayQuestion", roster.sitsInTechnicalCommittee(cooperationId, personId)
                                          && stage != StudyStage.REJECTED);
        CooperationView cooperation = cooperations.cooperation(cooperationId).cooperation();
        Map<String, String> committees = new LinkedHashMap<>();
        cooperation.bodies().stream().filter(body -> body.kind() == BodyKind.TECHNICAL_COMMITTEE)
                   .forEach(body -> committees.put(body.bodyId(), body.name() != null ? body.name()
                           : messages.getMessage("kind.TECHNICAL_COMMITTEE", null, locale)));
        model.addAttribute("committees", committees);
        model.addAttribute("centres", centres(cooperationId));
        model.addAttribute("audiences", Arrays.asList(Audience.values()));
        model.addAttribute("delays", READING_DELAYS);
        model.addAttribute("subjects", Arrays.asList(QuestionSubject.values()));
        model.addAttribute("milestones", study.launch() == null ? List.of() : study.launch().milestones());
    }

    private Map<String, String> centres(String cooperationId) {
        Map<String, String> centres = new LinkedHashMap<>();
        for (MemberCentreView centre : cooperations.cooperation(cooperationId).cooperation().memberCentres()) {
            centres.put(centre.organisationId(), centre.name());
        }
        return centres;
    }

    private String personIn(String cooperationId) {
        return cooperations.membershipIn(cooperationId).personId();
    }
}
