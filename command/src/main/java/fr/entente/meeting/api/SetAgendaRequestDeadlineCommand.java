package fr.entente.meeting.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Sets (or moves) the moment after which members may no longer request agenda items.
 */
public record SetAgendaRequestDeadlineCommand(@TargetAggregateIdentifier String meetingId, Instant deadline) {
}
