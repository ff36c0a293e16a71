package fr.entente.document.api;

import org.axonframework.serialization.Revision;

/** A document was renamed. */
@Revision("1")
public record DocumentRenamedEvent(String documentId, String name, String renamedBy) {
}
