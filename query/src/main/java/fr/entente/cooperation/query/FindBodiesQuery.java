package fr.entente.cooperation.query;

/**
 * The bodies of one cooperation, as {@link BodyView}s: steering committees first, then technical
 * committees, working groups and other bodies, each kind by name.
 */
public record FindBodiesQuery(String cooperationId) {
}
