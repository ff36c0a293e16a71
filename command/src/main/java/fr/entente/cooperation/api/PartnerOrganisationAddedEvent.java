package fr.entente.cooperation.api;

import org.axonframework.serialization.Revision;

/** A partner organisation joined the cooperation; {@code organisationId} is canonical (lower case). */
@Revision("1")
public record PartnerOrganisationAddedEvent(String cooperationId, String organisationId, String name) {
}
