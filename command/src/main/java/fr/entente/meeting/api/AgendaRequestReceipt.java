package fr.entente.meeting.api;

/** What requesting an agenda item did: the request, who made it and on behalf of which organisation. */
public record AgendaRequestReceipt(String requestId, String requestedBy, String onBehalfOf, String title,
                                   AgendaItemPurpose purpose, String description, Integer expectedMinutes) {

    /** A referral is requested by nobody of this body: it comes from another's proposal. */
    public static AgendaRequestReceipt from(ReferralReceivedEvent received) {
        return new AgendaRequestReceipt(received.requestId(), null, null, received.title(), AgendaItemPurpose.DECISION,
                                        received.description(), null);
    }

    public static AgendaRequestReceipt from(AgendaItemRequestedEvent requested) {
        return new AgendaRequestReceipt(requested.requestId(), requested.requestedBy(), requested.onBehalfOf(),
                                        requested.title(), requested.purpose(), requested.description(),
                                        requested.expectedMinutes());
    }
}
