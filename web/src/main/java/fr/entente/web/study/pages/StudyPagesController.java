package fr.entente.web.study.pages;

import fr.entente.study.api.StudyStage;
import fr.entente.study.query.StudyView;
import fr.entente.web.decision.DecisionNames;
import fr.entente.web.pages.PageController;
import fr.entente.web.study.StudyAccess;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The studies' pages: the cooperation's studies by stage, and a study with its chain (where it came from, the
 * committee's decision and its number, the launch, the progress, the results, who was informed and when, the
 * disseminations and the arbitrations). They read through the same application layer as the API.
 */
@PageController
public class StudyPagesController {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final StudyAccess access;
    private final DecisionNames names;

    StudyPagesController(StudyAccess access, DecisionNames names) {
        this.access = access;
        this.names = names;
    }

    @GetMapping("/cooperations/{cooperationId}/etudes")
    String studies(@PathVariable String cooperationId, Model model) {
        List<StudyView> studies = access.studies(cooperationId);
        Map<StudyStage, List<StudyView>> byStage = new LinkedHashMap<>();
        for (StudyStage stage : StudyStage.values()) {
            List<StudyView> atStage = studies.stream().filter(study -> study.stage() == stage).toList();
            if (!atStage.isEmpty()) {
                byStage.put(stage, atStage);
            }
        }
        model.addAttribute("cooperationId", cooperationId);
        model.addAttribute("byStage", byStage);
        return "etudes";
    }

    @GetMapping("/cooperations/{cooperationId}/etudes/{studyId}")
    String study(@PathVariable String cooperationId, @PathVariable String studyId, Model model) {
        StudyView study = access.seen(cooperationId, studyId);
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
        return "etude";
    }
}
