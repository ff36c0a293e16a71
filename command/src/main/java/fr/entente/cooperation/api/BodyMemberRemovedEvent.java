package fr.entente.cooperation.api;

import org.axonframework.serialization.Revision;

/** A person no longer sits in a body. */
@Revision("1")
public record BodyMemberRemovedEvent(String cooperationId, String bodyId, String personId) {
}
