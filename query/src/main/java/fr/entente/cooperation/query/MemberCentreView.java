package fr.entente.cooperation.query;

/**
 * A member centre, known by its department code ("59", "2A", "974") and by its organisation
 * identifier ("cdg-59"), and whether it coordinates the cooperation.
 */
public record MemberCentreView(String departmentCode, String name, String organisationId, boolean coordinating) {
}
