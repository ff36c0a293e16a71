package fr.entente.meeting.api;

import org.axonframework.serialization.Revision;

/**
 * A document of the document space was annexed to the minutes, as the version it had then: the minutes name what the
 * body saw, even if the document has other versions later.
 */
@Revision("1")
public record MinutesAnnexAddedEvent(String meetingId, String documentId, int version) {
}
