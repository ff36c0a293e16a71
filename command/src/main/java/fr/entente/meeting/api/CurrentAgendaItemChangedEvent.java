package fr.entente.meeting.api;

import org.axonframework.serialization.Revision;

/**
 * The meeting is now on this agenda item.
 */
@Revision("1")
public record CurrentAgendaItemChangedEvent(String meetingId, String itemId) {
}
