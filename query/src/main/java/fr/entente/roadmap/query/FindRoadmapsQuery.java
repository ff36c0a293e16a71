package fr.entente.roadmap.query;

/** The roadmaps of a cooperation, latest year first. */
public record FindRoadmapsQuery(String cooperationId) {
}
