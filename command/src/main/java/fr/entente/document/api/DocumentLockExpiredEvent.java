package fr.entente.document.api;

import org.axonframework.serialization.Revision;

/** The lock this person held on a document expired (held longer than a lock lasts) and was released by the hub. */
@Revision("1")
public record DocumentLockExpiredEvent(String documentId, String lockedBy) {
}
