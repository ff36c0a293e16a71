package fr.entente.meeting.api;

/** One line of an attendance sheet: a member of the body, their status, and who represents them if they are represented. */
public record AttendanceEntry(String personId, AttendanceStatus status, String representedBy) {
}
