package fr.entente.forum.query;

/** Every space of a cooperation, for its administrators. */
public record FindCooperationSpacesQuery(String cooperationId) {
}
