package fr.entente.cooperation.query;

/**
 * Everyone registered in a cooperation, as {@link MembershipView}s sorted by person id: what its administrators
 * need to seat people in bodies, appoint administrators or remove someone. Removed people are not listed.
 */
public record FindCooperationPeopleQuery(String cooperationId) {
}
