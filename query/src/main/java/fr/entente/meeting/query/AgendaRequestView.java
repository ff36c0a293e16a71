package fr.entente.meeting.query;

import fr.entente.meeting.api.AgendaItemPurpose;
import fr.entente.meeting.api.ReferralOrigin;

import java.time.Instant;

/**
 * A request for an agenda item: by a person ({@code requestedBy}) on behalf of their organisation ({@code onBehalfOf});
 * {@code itemId} once accepted, {@code declineReason} once declined. A proposal another body referred to this one has
 * no requester: {@code referral} says where it comes from.
 */
public record AgendaRequestView(String requestId, String title, AgendaItemPurpose purpose, String description,
                                Integer expectedMinutes, String requestedBy, String onBehalfOf, RequestStatus status,
                                String itemId, String declineReason, Instant requestedAt, ReferralOrigin referral) {

    AgendaRequestView accepted(String intoItemId) {
        return new AgendaRequestView(requestId, title, purpose, description, expectedMinutes, requestedBy, onBehalfOf,
                                     RequestStatus.ACCEPTED, intoItemId, null, requestedAt, referral);
    }

    AgendaRequestView declined(String reason) {
        return new AgendaRequestView(requestId, title, purpose, description, expectedMinutes, requestedBy, onBehalfOf,
                                     RequestStatus.DECLINED, null, reason, requestedAt, referral);
    }
}
