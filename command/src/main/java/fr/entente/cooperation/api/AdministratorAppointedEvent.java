package fr.entente.cooperation.api;

import org.axonframework.serialization.Revision;

/** A person now administers the cooperation. */
@Revision("1")
public record AdministratorAppointedEvent(String cooperationId, String personId) {
}
