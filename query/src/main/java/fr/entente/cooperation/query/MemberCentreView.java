package fr.entente.cooperation.query;

/** A member centre, known by its department code ("59", "2A", "974"). */
public record MemberCentreView(String departmentCode, String name) {
}
