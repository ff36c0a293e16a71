package fr.entente.decision.query;

/** A body of a cooperation, whose decisions a person's home page lists. */
public record BodyOfCooperation(String cooperationId, String bodyId) {
}
