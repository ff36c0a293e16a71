package fr.entente.meeting.api;

import org.axonframework.serialization.Revision;

/**
 * A member ({@code requestedBy}, a person id) asked for an agenda item on behalf of their organisation
 * ({@code onBehalfOf}, an organisation id).
 */
@Revision("1")
public record AgendaItemRequestedEvent(String meetingId, String requestId, String requestedBy, String onBehalfOf, String title,
                                       AgendaItemPurpose purpose, String description, Integer expectedMinutes) {
}
