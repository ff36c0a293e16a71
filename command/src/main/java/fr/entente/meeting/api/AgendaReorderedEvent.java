package fr.entente.meeting.api;

import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * The agenda's items in their new order.
 */
@Revision("1")
public record AgendaReorderedEvent(String meetingId, List<String> itemIds) {

    public AgendaReorderedEvent {
        itemIds = List.copyOf(itemIds);
    }
}
