package fr.entente.web.roadmap;

import fr.entente.roadmap.api.Axis;
import fr.entente.web.validation.Title;

import java.time.Instant;
import java.util.List;

/** What a person sends to the roadmaps, through the API or the pages. */
public final class RoadmapRequests {

    private RoadmapRequests() {
    }

    public record NewRoadmap(Integer year, @Title String title, List<Axis> axes) {
    }

    /** The committee that validates (steering or technical), and the deadline of its decision by e-mail. */
    public record ToTheCommittee(String bodyId, Instant deadline) {
    }

    public record Progress(String actionId, Integer percent, String text) {
    }

    public record StudyLink(String actionId, String studyId) {
    }

    public record Evaluation(String evaluation) {
    }

    public record Proposed(String roadmapId, String cooperationId) {
    }

    public record PutToCommittee(String roadmapId, String decisionId) {
    }
}
