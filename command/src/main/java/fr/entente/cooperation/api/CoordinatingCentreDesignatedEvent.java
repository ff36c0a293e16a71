package fr.entente.cooperation.api;

import org.axonframework.serialization.Revision;

/** This member centre now coordinates the cooperation, instead of the one designated before, if any. */
@Revision("1")
public record CoordinatingCentreDesignatedEvent(String cooperationId, String departmentCode) {
}
