package fr.entente.forum.api;


import org.axonframework.serialization.Revision;

/** A body's space was opened; its members follow the body's roster. */
@Revision("1")
public record BodySpaceOpenedEvent(String spaceId, String cooperationId, String bodyId) {
}
