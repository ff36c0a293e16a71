package fr.entente.meeting.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Saves a block of notes on an agenda item. A new {@code blockId} creates the block; an existing one is
 * saved over the version the author started from ({@code baseVersion}); if someone saved it since, the edit is
 * kept as a conflicting block next to it, never lost and never overwriting.
 */
public record SaveNoteBlockCommand(@TargetAggregateIdentifier String meetingId, String itemId, String blockId, Integer baseVersion, String text) {
}
