package fr.entente.document.api;

import org.axonframework.serialization.Revision;

/** A person asked to read a document, who had not opened it after the delay, was reminded (when: the event's time). */
@Revision("1")
public record DocumentReaderRemindedEvent(String documentId, String readerId) {
}
