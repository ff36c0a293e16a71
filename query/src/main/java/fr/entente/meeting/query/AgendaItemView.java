package fr.entente.meeting.query;

import fr.entente.meeting.api.AgendaItemPurpose;

import java.util.List;

/**
 * An item of the agenda; {@code requestIds} are the requests it was accepted from (none for the officer's own item),
 * {@code addedAfterPublication} when it came after the agenda was first published.
 */
public record AgendaItemView(String itemId, String title, AgendaItemPurpose purpose, String description,
                             Integer expectedMinutes, List<String> requestIds, boolean addedAfterPublication) {

    public AgendaItemView {
        requestIds = requestIds == null ? List.of() : List.copyOf(requestIds);
    }
}
