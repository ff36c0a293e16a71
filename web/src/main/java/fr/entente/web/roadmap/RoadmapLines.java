package fr.entente.web.roadmap;

import fr.entente.roadmap.api.Axis;
import fr.entente.roadmap.api.RoadmapAction;
import fr.entente.roadmap.query.RoadmapView;
import fr.entente.web.decision.DecisionNames;
import fr.entente.web.study.StudyAccess;
import org.springframework.stereotype.Component;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A roadmap as its page and its PDF show it: each axis with its actions, each action with its centres' and partners'
 * names, its progress (the last percent and the reports, with who reported) and the titles of its studies (those the
 * reader sees; the others by their id). Computed here, since the templates' projections cannot read the page's names.
 */
@Component
public class RoadmapLines {

    public record StudyRef(String studyId, String title) {
    }

    public record Report(int percent, String text, String by, java.time.Instant at) {
    }

    public record ActionLine(RoadmapAction action, String lead, List<String> participants, List<String> partners,
                             int percent, List<Report> reports, List<StudyRef> studies) {
    }

    public record AxisLine(Axis axis, List<ActionLine> actions) {
    }

    private final DecisionNames names;
    private final StudyAccess studies;

    RoadmapLines(DecisionNames names, StudyAccess studies) {
        this.names = names;
        this.studies = studies;
    }

    public List<AxisLine> of(String cooperationId, RoadmapView roadmap) {
        Map<String, String> organisations = names.organisations(cooperationId);
        Set<String> reporters = new LinkedHashSet<>();
        roadmap.progress().forEach(report -> reporters.add(report.reportedBy()));
        reporters.remove(null);
        Map<String, String> people = names.people(cooperationId, reporters);
        return roadmap.axes().stream().map(axis -> new AxisLine(axis, axis.actions().stream().map(action -> new ActionLine(
                action, organisations.getOrDefault(action.leadCentre(), action.leadCentre()),
                action.participatingCentres().stream().map(id -> organisations.getOrDefault(id, id)).toList(),
                action.partners().stream().map(id -> organisations.getOrDefault(id, id)).toList(),
                roadmap.percentOf(action.actionId()),
                roadmap.progressOf(action.actionId()).stream().map(report -> new Report(
                        report.percent(), report.text(), people.getOrDefault(report.reportedBy(), null), report.at())).toList(),
                action.studyIds().stream().map(studyId -> new StudyRef(studyId, titleOf(cooperationId, studyId))).toList()))
                .toList())).toList();
    }

    private String titleOf(String cooperationId, String studyId) {
        try {
            return studies.seen(cooperationId, studyId).proposal().title();
        } catch (RuntimeException notSeen) {
            return null;
        }
    }
}
