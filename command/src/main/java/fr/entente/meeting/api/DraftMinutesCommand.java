package fr.entente.meeting.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Drafts the minutes of an ended meeting from its live record (version 1).
 */
public record DraftMinutesCommand(@TargetAggregateIdentifier String meetingId) {
}
