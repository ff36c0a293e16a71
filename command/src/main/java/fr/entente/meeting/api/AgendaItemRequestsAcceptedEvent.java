package fr.entente.meeting.api;

import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * Requests became one agenda item, appended to the agenda: its title, the strongest purpose of the
 * requests and the sum of their expected minutes.
 */
@Revision("1")
public record AgendaItemRequestsAcceptedEvent(String meetingId, String itemId, List<String> requestIds, String title,
                                              AgendaItemPurpose purpose, Integer expectedMinutes) {

    public AgendaItemRequestsAcceptedEvent {
        requestIds = List.copyOf(requestIds);
    }
}
