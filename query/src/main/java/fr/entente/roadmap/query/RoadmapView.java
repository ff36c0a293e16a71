package fr.entente.roadmap.query;

import fr.entente.roadmap.api.Axis;
import fr.entente.roadmap.api.RoadmapAction;
import fr.entente.roadmap.api.RoadmapStage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A roadmap as its page and the API show it: its axes and actions, the committee's decision and its number, each
 * action's progress reports (the last percent is the action's progress), the studies linked to actions, the year-end
 * evaluation. Changes through its withers; {@code position}: the last event of the log applied.
 */
public record RoadmapView(String roadmapId, String cooperationId, int year, String title, RoadmapStage stage,
                          List<Axis> axes, String proposedBy, Instant proposedAt, Validation validation,
                          List<Progress> progress, Evaluation evaluation, long position) {

    /** {@code validated}: null while the committee's decision is open. */
    public record Validation(String decisionId, Instant submittedAt, Boolean validated, String reference) {
    }

    public record Progress(String actionId, int percent, String text, String reportedBy, Instant at) {
    }

    public record Evaluation(String text, Instant at) {
    }

    public RoadmapView {
        axes = List.copyOf(axes);
        progress = List.copyOf(progress);
    }

    static RoadmapView proposed(String roadmapId, String cooperationId, int year, String title, List<Axis> axes,
                                String proposedBy, Instant at) {
        return new RoadmapView(roadmapId, cooperationId, year, title, RoadmapStage.PROPOSED, axes, proposedBy, at, null,
                               List.of(), null, -1);
    }

    /** The action's progress: its last report's percent, 0 if none. */
    public int percentOf(String actionId) {
        return progress.stream().filter(report -> report.actionId().equals(actionId)).reduce((first, second) -> second)
                       .map(Progress::percent).orElse(0);
    }

    public List<Progress> progressOf(String actionId) {
        return progress.stream().filter(report -> report.actionId().equals(actionId)).toList();
    }

    RoadmapView at(long newPosition) {
        return new RoadmapView(roadmapId, cooperationId, year, title, stage, axes, proposedBy, proposedAt, validation,
                               progress, evaluation, newPosition);
    }

    RoadmapView submitted(String decisionId, Instant at) {
        return new RoadmapView(roadmapId, cooperationId, year, title, RoadmapStage.UNDER_VALIDATION, axes, proposedBy,
                               proposedAt, new Validation(decisionId, at, null, null), progress, evaluation, position);
    }

    RoadmapView decided(boolean validated, String reference) {
        return new RoadmapView(roadmapId, cooperationId, year, title,
                               validated ? RoadmapStage.VALIDATED : RoadmapStage.REJECTED, axes, proposedBy, proposedAt,
                               new Validation(validation.decisionId(), validation.submittedAt(), validated, reference),
                               progress, evaluation, position);
    }

    RoadmapView reported(Progress report) {
        List<Progress> longer = new ArrayList<>(progress);
        longer.add(report);
        return new RoadmapView(roadmapId, cooperationId, year, title, stage, axes, proposedBy, proposedAt, validation,
                               longer, evaluation, position);
    }

    RoadmapView linked(String actionId, String studyId) {
        List<Axis> changed = axes.stream().map(axis -> new Axis(axis.axisId(), axis.title(), axis.actions().stream()
                .map(action -> action.actionId().equals(actionId) && !action.studyIds().contains(studyId)
                        ? withStudy(action, studyId) : action).toList())).toList();
        return new RoadmapView(roadmapId, cooperationId, year, title, stage, changed, proposedBy, proposedAt, validation,
                               progress, evaluation, position);
    }

    RoadmapView evaluated(Evaluation newEvaluation) {
        return new RoadmapView(roadmapId, cooperationId, year, title, RoadmapStage.EVALUATED, axes, proposedBy,
                               proposedAt, validation, progress, newEvaluation, position);
    }

    private static RoadmapAction withStudy(RoadmapAction action, String studyId) {
        List<String> studies = new ArrayList<>(action.studyIds());
        studies.add(studyId);
        return new RoadmapAction(action.actionId(), action.title(), action.leadCentre(), action.participatingCentres(),
                                 action.partners(), action.deliverables(), action.indicators(), List.copyOf(studies));
    }
}
