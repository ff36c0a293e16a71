package fr.entente.meeting.api;

import java.util.List;

/** What putting an item on the agenda did (from requests, or of the officer's own): the item as the agenda holds it. */
public record AgendaItemReceipt(String itemId, List<String> requestIds, String title, AgendaItemPurpose purpose,
                                String description, Integer expectedMinutes) {

    public AgendaItemReceipt {
        requestIds = List.copyOf(requestIds);
    }

    public static AgendaItemReceipt from(AgendaItemRequestsAcceptedEvent accepted) {
        return new AgendaItemReceipt(accepted.itemId(), accepted.requestIds(), accepted.title(), accepted.purpose(), null,
                                     accepted.expectedMinutes());
    }

    public static AgendaItemReceipt from(AgendaItemAddedEvent added) {
        return new AgendaItemReceipt(added.itemId(), List.of(), added.title(), added.purpose(), added.description(),
                                     added.expectedMinutes());
    }
}
