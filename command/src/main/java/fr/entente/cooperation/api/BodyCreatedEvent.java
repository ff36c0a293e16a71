package fr.entente.cooperation.api;

import org.axonframework.serialization.Revision;

/** A body of the cooperation was created; {@code name} may be {@code null} for a body of a standard kind. */
@Revision("1")
public record BodyCreatedEvent(String cooperationId, String bodyId, BodyKind kind, String name) {
}
