package fr.entente.meeting.api;

import org.axonframework.serialization.Revision;

/** A document of the document space was attached to an item of the agenda (by its identifier only). */
@Revision("1")
public record AgendaItemDocumentAttachedEvent(String meetingId, String itemId, String documentId) {
}
