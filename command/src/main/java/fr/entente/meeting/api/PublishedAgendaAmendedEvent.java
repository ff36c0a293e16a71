package fr.entente.meeting.api;

import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * The agenda changed after it was published: the change (which follows the event saying what it was),
 * numbered from 1 for the meeting, the item concerned ({@code null} for a reordering) and the new order.
 */
@Revision("1")
public record PublishedAgendaAmendedEvent(String meetingId, int amendment, AgendaChange change, String itemId, List<String> itemIds) {

    public PublishedAgendaAmendedEvent {
        itemIds = List.copyOf(itemIds);
    }
}
