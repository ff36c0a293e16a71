package fr.entente.cooperation.api;

import org.axonframework.serialization.Revision;

/** A body reports to another: the other's members read what it publishes. */
@Revision("1")
public record ReportingLineDrawnEvent(String cooperationId, String bodyId, String reportsToBodyId) {
}
