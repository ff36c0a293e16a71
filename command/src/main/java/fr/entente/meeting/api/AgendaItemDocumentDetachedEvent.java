package fr.entente.meeting.api;

import org.axonframework.serialization.Revision;

/** A document attached to an item of the agenda was taken off it. */
@Revision("1")
public record AgendaItemDocumentDetachedEvent(String meetingId, String itemId, String documentId) {
}
