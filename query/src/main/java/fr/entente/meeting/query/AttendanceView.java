package fr.entente.meeting.query;

import fr.entente.meeting.api.AttendanceStatus;

/** A member's attendance; {@code representedBy} is a person id when REPRESENTED. */
public record AttendanceView(String personId, AttendanceStatus status, String representedBy) {
}
