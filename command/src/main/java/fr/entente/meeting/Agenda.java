package fr.entente.meeting;

import fr.entente.common.Required;
import fr.entente.meeting.api.AcceptAgendaItemRequestsCommand;
import fr.entente.meeting.api.AddAgendaItemCommand;
import fr.entente.meeting.api.AgendaChange;
import fr.entente.meeting.api.AgendaItemAddedEvent;
import fr.entente.meeting.api.AgendaItemPurpose;
import fr.entente.meeting.api.AgendaItemRemovedEvent;
import fr.entente.meeting.api.AgendaItemRequestsAcceptedEvent;
import fr.entente.meeting.api.AgendaPublishedEvent;
import fr.entente.meeting.api.AgendaReorderedEvent;
import fr.entente.meeting.api.MeetingLimits;
import fr.entente.meeting.api.PublishedAgendaAmendedEvent;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static fr.entente.meeting.api.MeetingRefusal.AGENDA_EMPTY;
import static fr.entente.meeting.api.MeetingRefusal.AGENDA_UNCHANGED;
import static fr.entente.meeting.api.MeetingRefusal.EXPECTED_MINUTES_INVALID;
import static fr.entente.meeting.api.MeetingRefusal.ID_TAKEN;
import static fr.entente.meeting.api.MeetingRefusal.ITEM_ID_REQUIRED;
import static fr.entente.meeting.api.MeetingRefusal.ITEM_UNKNOWN;
import static fr.entente.meeting.api.MeetingRefusal.NOT_A_PERMUTATION;
import static fr.entente.meeting.api.MeetingRefusal.PURPOSE_REQUIRED;
import static fr.entente.meeting.api.MeetingRefusal.REASON_REQUIRED;
import static fr.entente.meeting.api.MeetingRefusal.TITLE_REQUIRED;
import static fr.entente.meeting.api.MeetingRefusedException.refused;
import static fr.entente.meeting.api.MeetingRefusedException.refusedOn;

/**
 * The agenda (ordre du jour): the items accepted from the members' requests ({@link AgendaRequests}) or added by
 * the officer, their order, and the published versions. A change after
 * publication is followed by a {@link PublishedAgendaAmendedEvent}, numbered, so that it shows as such.
 */
class Agenda {

    /** The title of every item ever on the agenda, by item id, removed ones included (their ids stay taken). */
    private Map<String, String> titles = new LinkedHashMap<>();
    private List<String> order = new ArrayList<>();
    private int publishedVersion;
    private int amendments;
    private int amendmentsWhenPublished;

    /** One item from these pending requests (by id, checked by {@link AgendaRequests#pending}). */
    List<Object> accept(String meetingId, AcceptAgendaItemRequestsCommand command, Map<String, AgendaRequest> pending) {
        String itemId = newItemId(command.itemId());
        List<String> requestIds = List.copyOf(pending.keySet());
        List<AgendaRequest> accepted = List.copyOf(pending.values());
        String title = Required.optional(command.title()) != null ? command.title().strip() : accepted.get(0).title();
        AgendaItemPurpose purpose = accepted.stream().map(AgendaRequest::purpose)
                                            .max(Comparator.naturalOrder()).orElseThrow();
        Integer minutes = accepted.stream().map(AgendaRequest::expectedMinutes).filter(Objects::nonNull)
                                  .reduce(Integer::sum).orElse(null);
        return amendedIfPublished(new AgendaItemRequestsAcceptedEvent(meetingId, itemId, requestIds,
                                                                      title, purpose, minutes),
                                  meetingId, AgendaChange.ITEM_ADDED, itemId, appended(itemId));
    }

    List<Object> add(String meetingId, AddAgendaItemCommand command) {
        String itemId = newItemId(command.itemId());
        return amendedIfPublished(new AgendaItemAddedEvent(meetingId, itemId,
                        Required.text(command.title(), () -> refused(TITLE_REQUIRED)),
                        Required.value(command.purpose(), () -> refused(PURPOSE_REQUIRED)),
                        Required.optional(command.description()), minutes(command.expectedMinutes())),
                meetingId, AgendaChange.ITEM_ADDED, itemId, appended(itemId));
    }

    List<Object> remove(String meetingId, String itemId, String reason) {
        existing(itemId);
        List<String> remaining = new ArrayList<>(order);
        remaining.remove(itemId);
        return amendedIfPublished(new AgendaItemRemovedEvent(meetingId, itemId,
                                          Required.text(reason, () -> refused(REASON_REQUIRED))),
                                  meetingId, AgendaChange.ITEM_REMOVED, itemId, remaining);
    }

    List<Object> reorder(String meetingId, List<String> itemIds) {
        if (itemIds == null || itemIds.size() != order.size() || !new HashSet<>(itemIds).equals(new HashSet<>(order))) {
            throw refused(NOT_A_PERMUTATION);
        }
        if (itemIds.equals(order)) {
            return List.of();
        }
        return amendedIfPublished(new AgendaReorderedEvent(meetingId, itemIds),
                                  meetingId, AgendaChange.REORDERED, null, itemIds);
    }

    AgendaPublishedEvent publish(String meetingId) {
        if (order.isEmpty()) {
            throw refused(AGENDA_EMPTY);
        }
        if (publishedVersion > 0 && amendments == amendmentsWhenPublished) {
            throw refused(AGENDA_UNCHANGED);
        }
        return new AgendaPublishedEvent(meetingId, order, publishedVersion + 1);
    }

    /** The item, which must be on the agenda now. */
    String existing(String itemId) {
        if (!order.contains(Required.id(itemId, () -> refused(ITEM_ID_REQUIRED)))) {
            throw refused(ITEM_UNKNOWN, itemId);
        }
        return itemId;
    }

    List<String> order() {
        return List.copyOf(order);
    }

    String titleOf(String itemId) {
        return titles.get(itemId);
    }

    private String newItemId(String itemId) {
        if (titles.containsKey(Required.id(itemId, () -> refused(ITEM_ID_REQUIRED)))) {
            throw refusedOn("itemId", ID_TAKEN, itemId);
        }
        return itemId;
    }

    private List<String> appended(String itemId) {
        List<String> appended = new ArrayList<>(order);
        appended.add(itemId);
        return appended;
    }

    private List<Object> amendedIfPublished(Object change, String meetingId, AgendaChange kind, String itemId,
                                            List<String> newOrder) {
        return publishedVersion == 0
                ? List.of(change)
                : List.of(change, new PublishedAgendaAmendedEvent(meetingId, amendments + 1, kind, itemId, newOrder));
    }

    /** Whether the agenda was published: members' requests are closed then. */
    boolean published() {
        return publishedVersion > 0;
    }

    /** An item's expected duration, if given: 1 to 8 hours. */
    static Integer minutes(Integer expectedMinutes) {
        if (expectedMinutes != null && (expectedMinutes < 1 || expectedMinutes > MeetingLimits.ITEM_MINUTES)) {
            throw refused(EXPECTED_MINUTES_INVALID, MeetingLimits.ITEM_MINUTES);
        }
        return expectedMinutes;
    }

    @EventSourcingHandler
    void on(AgendaItemRequestsAcceptedEvent event) {
        titles.put(event.itemId(), event.title());
        order.add(event.itemId());
    }

    @EventSourcingHandler
    void on(AgendaItemAddedEvent event) {
        titles.put(event.itemId(), event.title());
        order.add(event.itemId());
    }

    @EventSourcingHandler
    void on(AgendaItemRemovedEvent event) {
        order.remove(event.itemId());
    }

    @EventSourcingHandler
    void on(AgendaReorderedEvent event) {
        order = new ArrayList<>(event.itemIds());
    }

    @EventSourcingHandler
    void on(AgendaPublishedEvent event) {
        publishedVersion = event.publishedVersion();
        amendmentsWhenPublished = amendments;
    }

    @EventSourcingHandler
    void on(PublishedAgendaAmendedEvent event) {
        amendments = event.amendment();
    }
}
