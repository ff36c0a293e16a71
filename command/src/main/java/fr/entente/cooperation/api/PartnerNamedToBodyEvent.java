package fr.entente.cooperation.api;

import org.axonframework.serialization.Revision;

/** A partner organisation was named to a body: its people may sit in it. */
@Revision("1")
public record PartnerNamedToBodyEvent(String cooperationId, String bodyId, String organisationId) {
}
