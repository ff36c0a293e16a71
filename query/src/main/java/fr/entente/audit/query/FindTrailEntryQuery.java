package fr.entente.audit.query;

/** One act of a cooperation's trail, by its position in the log. */
public record FindTrailEntryQuery(String cooperationId, long position) {
}
