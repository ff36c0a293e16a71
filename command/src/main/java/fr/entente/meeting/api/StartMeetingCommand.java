package fr.entente.meeting.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Opens the meeting: from now on attendance, notes, proposals and actions are recorded.
 */
public record StartMeetingCommand(@TargetAggregateIdentifier String meetingId) {
}
