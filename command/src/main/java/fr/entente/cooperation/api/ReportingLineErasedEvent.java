package fr.entente.cooperation.api;

import org.axonframework.serialization.Revision;

/** A body no longer reports to another. */
@Revision("1")
public record ReportingLineErasedEvent(String cooperationId, String bodyId, String reportsToBodyId) {
}
