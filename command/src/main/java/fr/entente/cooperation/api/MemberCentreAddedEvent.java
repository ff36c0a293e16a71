package fr.entente.cooperation.api;

import org.axonframework.serialization.Revision;

/** A centre joined the cooperation; {@code departmentCode} is canonical (upper case, no spaces). */
@Revision("1")
public record MemberCentreAddedEvent(String cooperationId, String departmentCode, String name) {
}
