package fr.entente.meeting.api;

import org.axonframework.serialization.Revision;

/**
 * A member's attendance; {@code representedBy} is the person representing them when REPRESENTED.
 */
@Revision("1")
public record AttendanceRecordedEvent(String meetingId, String personId, AttendanceStatus status, String representedBy) {
}
