package fr.entente.document.api;

import org.axonframework.serialization.Revision;

/** A document was locked by this person while they edit it (since: the event's time). */
@Revision("1")
public record DocumentLockedEvent(String documentId, String lockedBy) {
}
