package fr.entente.meeting.query;

import fr.entente.meeting.api.AgendaChange;

import java.time.Instant;

/** A change to the published agenda, numbered from 1; {@code itemId} is {@code null} for a reordering. */
public record AgendaAmendmentView(int number, AgendaChange change, String itemId, Instant at) {
}
