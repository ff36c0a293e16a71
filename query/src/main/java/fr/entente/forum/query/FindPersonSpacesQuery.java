package fr.entente.forum.query;

/** The spaces of a cooperation a person is a member of, bodies' first then themes', by title. */
public record FindPersonSpacesQuery(String cooperationId, String personId) {
}
