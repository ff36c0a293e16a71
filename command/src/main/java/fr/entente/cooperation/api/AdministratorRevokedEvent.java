package fr.entente.cooperation.api;

import org.axonframework.serialization.Revision;

/** A person no longer administers the cooperation. */
@Revision("1")
public record AdministratorRevokedEvent(String cooperationId, String personId) {
}
