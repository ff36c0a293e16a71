package fr.entente.meeting;

import fr.entente.common.Required;
import fr.entente.meeting.api.AgendaItemDocumentAttachedEvent;
import fr.entente.meeting.api.AgendaItemDocumentDetachedEvent;
import fr.entente.meeting.api.MeetingDocuments;
import fr.entente.meeting.api.MinutesAnnexAddedEvent;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static fr.entente.meeting.api.MeetingRefusal.DOCUMENT_ID_REQUIRED;
import static fr.entente.meeting.api.MeetingRefusal.DOCUMENT_NOT_ATTACHED;
import static fr.entente.meeting.api.MeetingRefusal.DOCUMENT_NOT_FOR_EVERY_MEMBER;
import static fr.entente.meeting.api.MeetingRefusal.DOCUMENT_UNKNOWN;
import static fr.entente.meeting.api.MeetingRefusedException.refused;

/**
 * The documents of the document space a meeting names: those attached to its agenda's items and those annexed to its
 * minutes. A document is named only if the person acting reads it (otherwise it is unknown, as one of another
 * cooperation) and every member of the body does too, since the meeting's participants are to read it; its bytes and
 * rights stay the document's. Naming a document twice changes nothing.
 */
class LinkedDocuments {

    private Map<String, List<String>> attachments = new LinkedHashMap<>();
    private List<String> annexes = new ArrayList<>();

    Optional<AgendaItemDocumentAttachedEvent> attach(String meetingId, String itemId, String documentId) {
        if (attachments.getOrDefault(itemId, List.of()).contains(documentId)) {
            return Optional.empty();
        }
        return Optional.of(new AgendaItemDocumentAttachedEvent(meetingId, itemId, documentId));
    }

    AgendaItemDocumentDetachedEvent detach(String meetingId, String itemId, String documentId) {
        String id = Required.id(documentId, () -> refused(DOCUMENT_ID_REQUIRED));
        if (!attachments.getOrDefault(itemId, List.of()).contains(id)) {
            throw refused(DOCUMENT_NOT_ATTACHED, id);
        }
        return new AgendaItemDocumentDetachedEvent(meetingId, itemId, id);
    }

    Optional<MinutesAnnexAddedEvent> annex(String meetingId, String documentId, int version) {
        if (annexes.contains(documentId)) {
            return Optional.empty();
        }
        return Optional.of(new MinutesAnnexAddedEvent(meetingId, documentId, version));
    }

    /**
     * The document's current version, once checked: of the meeting's cooperation, not in the trash, read by the person
     * acting and by every member of the body.
     */
    static int readable(MeetingDocuments documents, String cooperationId, String bodyId, String documentId,
                        String actorId) {
        String id = Required.id(documentId, () -> refused(DOCUMENT_ID_REQUIRED));
        MeetingDocuments.Reach reach = documents.reach(cooperationId, bodyId, id, actorId)
                                                .filter(MeetingDocuments.Reach::readByActor)
                                                .orElseThrow(() -> refused(DOCUMENT_UNKNOWN, id));
        if (!reach.readByEveryMember()) {
            throw refused(DOCUMENT_NOT_FOR_EVERY_MEMBER);
        }
        return reach.currentVersion();
    }

    @EventSourcingHandler
    void on(AgendaItemDocumentAttachedEvent event) {
        attachments.computeIfAbsent(event.itemId(), item -> new ArrayList<>()).add(event.documentId());
    }

    @EventSourcingHandler
    void on(AgendaItemDocumentDetachedEvent event) {
        attachments.getOrDefault(event.itemId(), new ArrayList<>()).remove(event.documentId());
    }

    @EventSourcingHandler
    void on(MinutesAnnexAddedEvent event) {
        annexes.add(event.documentId());
    }
}
