package fr.entente.document.api;

import org.axonframework.serialization.Revision;

/** A document's lock was released by its holder. */
@Revision("1")
public record DocumentUnlockedEvent(String documentId, String unlockedBy) {
}
