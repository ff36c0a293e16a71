package fr.entente.cooperation.api;

import org.axonframework.serialization.Revision;

/**
 * A person of this organisation (member centre or partner) joined the cooperation. Only identifiers:
 * no name, no e-mail.
 */
@Revision("1")
public record PersonRegisteredEvent(String cooperationId, String personId, String organisationId) {
}
