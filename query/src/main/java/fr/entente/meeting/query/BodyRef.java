package fr.entente.meeting.query;

/** A body, named within its cooperation. */
public record BodyRef(String cooperationId, String bodyId) {
}
