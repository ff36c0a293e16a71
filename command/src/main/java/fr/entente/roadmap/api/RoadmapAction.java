package fr.entente.roadmap.api;

import java.util.List;

/**
 * An action of the roadmap: its lead centre (chef de file), the member centres that take part ("cooperation with 2, 3
 * or 4 centres", seed 004), the partner organisations, what it delivers, how it is measured, the studies it relies on.
 */
public record RoadmapAction(String actionId, String title, String leadCentre, List<String> participatingCentres,
                            List<String> partners, List<String> deliverables, List<String> indicators,
                            List<String> studyIds) {
}
