package fr.entente.document.query;

import java.time.Instant;

/** The documents sent "à lire" to someone who has not opened them and whose reminder is due at {@code now}. */
public record FindDocumentsWithRemindersDueQuery(Instant now) {
}
