package fr.entente.document.api;

import org.axonframework.serialization.Revision;

/** A document was put in the trash; its versions are kept. */
@Revision("1")
public record DocumentTrashedEvent(String documentId, String trashedBy) {
}
