package fr.entente.meeting.api;

import java.util.List;

/** What publishing the agenda did: its version and its items in order. */
public record PublicationReceipt(int version, List<String> itemIds) {

    public PublicationReceipt {
        itemIds = List.copyOf(itemIds);
    }

    public static PublicationReceipt from(AgendaPublishedEvent published) {
        return new PublicationReceipt(published.publishedVersion(), published.itemIds());
    }
}
