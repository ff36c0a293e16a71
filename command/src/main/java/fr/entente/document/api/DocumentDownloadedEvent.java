package fr.entente.document.api;

import org.axonframework.serialization.Revision;

/** A version of a document was downloaded, by this person. */
@Revision("1")
public record DocumentDownloadedEvent(String documentId, int version, String downloadedBy) {
}
