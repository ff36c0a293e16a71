package fr.entente.cooperation.api;

import org.axonframework.serialization.Revision;

/** A member of a body has a new role. */
@Revision("1")
public record BodyMemberRoleChangedEvent(String cooperationId, String bodyId, String personId, BodyRole role) {
}
