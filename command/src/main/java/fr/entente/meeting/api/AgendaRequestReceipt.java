package fr.entente.meeting.api;

/** What requesting an agenda item did: the request, who made it and on behalf of which organisation. */
public record AgendaRequestReceipt(String requestId, String requestedBy, String onBehalfOf, String title,
                                   AgendaItemPurpose purpose, String description, Integer expectedMinutes) {

    public static AgendaRequestReceipt from(AgendaItemRequestedEvent requested) {
        return new AgendaRequestReceipt(requested.requestId(), requested.requestedBy(), requested.onBehalfOf(),
                                        requested.title(), requested.purpose(), requested.description(),
                                        requested.expectedMinutes());
    }
}
