package fr.entente.meeting.query;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import fr.entente.meeting.api.AgendaChange;
import fr.entente.meeting.api.AgendaItemPurpose;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A meeting's agenda as it is built: the members' requests (and their deadline), the items in order, the published
 * version (0 until published) and the changes made to the published agenda, numbered.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
                isGetterVisibility = JsonAutoDetect.Visibility.NONE)
final class AgendaView {

    Instant requestDeadline;
    List<AgendaRequestView> requests = new ArrayList<>();
    List<AgendaItemView> items = new ArrayList<>();
    int publishedVersion;
    Instant publishedAt;
    List<AgendaAmendmentView> amendments = new ArrayList<>();
    /** The documents attached to each item (by item id), in the order attached. */
    Map<String, List<String>> attachments = new LinkedHashMap<>();

    /** A copy without the members' requests, for readers outside the body. */
    AgendaView withoutRequests() {
        AgendaView copy = new AgendaView();
        copy.requestDeadline = requestDeadline;
        copy.items = items;
        copy.publishedVersion = publishedVersion;
        copy.publishedAt = publishedAt;
        copy.amendments = amendments;
        copy.attachments = attachments;
        return copy;
    }

    void deadline(Instant deadline) {
        requestDeadline = deadline;
    }

    void request(AgendaRequestView request) {
        if (requests.stream().noneMatch(existing -> existing.requestId().equals(request.requestId()))) {
            requests.add(request);
        }
    }

    /** The requests become one item, whose description gathers theirs. */
    void accept(String itemId, List<String> requestIds, String title, AgendaItemPurpose purpose, Integer expectedMinutes) {
        List<String> descriptions = new ArrayList<>();
        requests.replaceAll(request -> {
            if (!requestIds.contains(request.requestId())) {
                return request;
            }
            if (request.description() != null && !request.description().isBlank()) {
                descriptions.add(request.description());
            }
            return request.accepted(itemId);
        });
        add(new AgendaItemView(itemId, title, purpose, descriptions.isEmpty() ? null : String.join("\n\n", descriptions),
                               expectedMinutes, requestIds, publishedVersion > 0));
    }

    void decline(String requestId, String reason) {
        requests.replaceAll(request -> request.requestId().equals(requestId) ? request.declined(reason) : request);
    }

    void add(AgendaItemView item) {
        items.removeIf(existing -> existing.itemId().equals(item.itemId()));
        items.add(item);
    }

    void remove(String itemId) {
        items.removeIf(item -> item.itemId().equals(itemId));
    }

    /** Puts the items in this order; an item the order does not name keeps its place after those it names. */
    void order(List<String> itemIds) {
        List<AgendaItemView> ordered = new ArrayList<>();
        for (String itemId : itemIds) {
            items.stream().filter(item -> item.itemId().equals(itemId)).findFirst().ifPresent(ordered::add);
        }
        items.stream().filter(item -> !itemIds.contains(item.itemId())).forEach(ordered::add);
        items = ordered;
    }

    void publish(int version, List<String> itemIds, Instant at) {
        order(itemIds);
        publishedVersion = version;
        publishedAt = at;
    }

    void amend(int number, AgendaChange change, String itemId, List<String> itemIds, Instant at) {
        amendments.removeIf(amendment -> amendment.number() == number);
        amendments.add(new AgendaAmendmentView(number, change, itemId, at));
        amendments.sort(Comparator.comparingInt(AgendaAmendmentView::number));
        order(itemIds);
    }

    void attach(String itemId, String documentId) {
        List<String> documents = attachments.computeIfAbsent(itemId, item -> new ArrayList<>());
        if (!documents.contains(documentId)) {
            documents.add(documentId);
        }
    }

    void detach(String itemId, String documentId) {
        List<String> documents = attachments.getOrDefault(itemId, new ArrayList<>());
        documents.remove(documentId);
        if (documents.isEmpty()) {
            attachments.remove(itemId);
        }
    }

    /** The items' ranks, for ordering what is recorded per item. */
    int rankOf(String itemId) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).itemId().equals(itemId)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }
}
