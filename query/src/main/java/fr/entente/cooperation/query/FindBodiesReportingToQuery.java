package fr.entente.cooperation.query;

/** The bodies of a cooperation that report to this one, in the directory's order of bodies. */
public record FindBodiesReportingToQuery(String cooperationId, String bodyId) {
}
