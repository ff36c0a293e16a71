package fr.entente.audit.query;

/**
 * A page of a cooperation's trail, newest first: at most {@code limit} acts before position {@code before} (none: from
 * the newest), narrowed by the filter. The next page starts before the last position of this one.
 */
public record FindTrailQuery(String cooperationId, TrailFilter filter, Long before, int limit) {
}
