package fr.entente.roadmap.api;

/** Where a roadmap stands: proposed, under a committee's decision, validated or not, evaluated at year end. */
public enum RoadmapStage {
    PROPOSED,
    UNDER_VALIDATION,
    VALIDATED,
    REJECTED,
    EVALUATED
}
