package fr.entente.meeting.api;

import org.axonframework.serialization.Revision;

/**
 * An item of the officer's or convenor's own was appended to the agenda.
 */
@Revision("1")
public record AgendaItemAddedEvent(String meetingId, String itemId, String title, AgendaItemPurpose purpose, String description,
                                   Integer expectedMinutes) {
}
