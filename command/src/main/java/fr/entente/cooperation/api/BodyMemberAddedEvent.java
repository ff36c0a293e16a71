package fr.entente.cooperation.api;

import org.axonframework.serialization.Revision;

/**
 * A person sits in a body with a role; {@code organisationId} is the organisation they belonged to
 * when seated.
 */
@Revision("1")
public record BodyMemberAddedEvent(String cooperationId, String bodyId, String personId, String organisationId, BodyRole role) {
}
