package fr.entente.meeting.api;

import org.axonframework.serialization.Revision;

/**
 * An item was taken off the agenda.
 */
@Revision("1")
public record AgendaItemRemovedEvent(String meetingId, String itemId, String reason) {
}
