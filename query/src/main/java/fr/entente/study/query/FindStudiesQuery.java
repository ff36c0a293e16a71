package fr.entente.study.query;

/** The studies of a cooperation, newest first. */
public record FindStudiesQuery(String cooperationId) {
}
