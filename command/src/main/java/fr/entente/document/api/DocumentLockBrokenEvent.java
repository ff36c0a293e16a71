package fr.entente.document.api;

import org.axonframework.serialization.Revision;

/** A moderator of the space broke the lock someone else held on a document. */
@Revision("1")
public record DocumentLockBrokenEvent(String documentId, String brokenBy, String lockedBy) {
}
