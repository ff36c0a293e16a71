package fr.entente.meeting.api;

import org.axonframework.serialization.Revision;

/**
 * A request was declined, for this reason (shown to the requester).
 */
@Revision("1")
public record AgendaItemRequestDeclinedEvent(String meetingId, String requestId, String reason) {
}
