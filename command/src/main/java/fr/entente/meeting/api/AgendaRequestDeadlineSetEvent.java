package fr.entente.meeting.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * Agenda items may be requested until this moment.
 */
@Revision("1")
public record AgendaRequestDeadlineSetEvent(String meetingId, Instant deadline) {
}
