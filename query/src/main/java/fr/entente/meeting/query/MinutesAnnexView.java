package fr.entente.meeting.query;

import java.time.Instant;

/** A document annexed to the minutes: which, as which of its versions, when. */
public record MinutesAnnexView(String documentId, int version, Instant annexedAt) {
}
