package fr.entente.roadmap.api;

import java.util.List;

/** An axis of the roadmap and its actions. */
public record Axis(String axisId, String title, List<RoadmapAction> actions) {
}
