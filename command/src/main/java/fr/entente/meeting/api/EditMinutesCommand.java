package fr.entente.meeting.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Saves a new text of the minutes over the version the editor started from.
 */
public record EditMinutesCommand(@TargetAggregateIdentifier String meetingId, Integer baseVersion, String text) {
}
