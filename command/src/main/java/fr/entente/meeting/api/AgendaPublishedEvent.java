package fr.entente.meeting.api;

import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * The agenda was published with these items in this order; version 1, then one more at each
 * republication.
 */
@Revision("1")
public record AgendaPublishedEvent(String meetingId, List<String> itemIds, int publishedVersion) {

    public AgendaPublishedEvent {
        itemIds = List.copyOf(itemIds);
    }
}
