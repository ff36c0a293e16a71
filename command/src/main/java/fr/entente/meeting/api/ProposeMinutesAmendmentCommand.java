package fr.entente.meeting.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Proposes a correction to approved minutes; the minutes themselves never change.
 */
public record ProposeMinutesAmendmentCommand(@TargetAggregateIdentifier String meetingId, String amendmentId, String text) {
}
