package fr.entente.document.api;

import org.axonframework.serialization.Revision;

/** A document was taken out of the trash. */
@Revision("1")
public record DocumentRestoredEvent(String documentId, String restoredBy) {
}
