package fr.entente.meeting.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records whether a member of the body is present, excused, absent or represented (then by whom).
 */
public record RecordAttendanceCommand(@TargetAggregateIdentifier String meetingId, String personId, AttendanceStatus status, String representedBy) {
}
