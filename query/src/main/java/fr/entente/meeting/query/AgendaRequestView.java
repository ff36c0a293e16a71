package fr.entente.meeting.query;

import fr.entente.meeting.api.AgendaItemPurpose;

import java.time.Instant;

/**
 * A request for an agenda item: by a person ({@code requestedBy}) on behalf of their organisation ({@code onBehalfOf});
 * {@code itemId} once accepted, {@code declineReason} once declined.
 */
public record AgendaRequestView(String requestId, String title, AgendaItemPurpose purpose, String description,
                                Integer expectedMinutes, String requestedBy, String onBehalfOf, RequestStatus status,
                                String itemId, String declineReason, Instant requestedAt) {
}
