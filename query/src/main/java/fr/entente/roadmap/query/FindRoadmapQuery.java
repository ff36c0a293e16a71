package fr.entente.roadmap.query;

/** A roadmap, whoever may see it: the application layer checks who asks. */
public record FindRoadmapQuery(String roadmapId) {
}
