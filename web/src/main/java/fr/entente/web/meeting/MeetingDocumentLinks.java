package fr.entente.web.meeting;

import fr.entente.meeting.api.AnnexDocumentToMinutesCommand;
import fr.entente.meeting.api.AttachDocumentToAgendaItemCommand;
import fr.entente.meeting.api.DetachDocumentFromAgendaItemCommand;
import fr.entente.meeting.query.MeetingView;
import fr.entente.web.document.DocumentLinks;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The documents of the document space a meeting names, for the API and the pages: the officer or convenor attaches
 * documents to the agenda's items and annexes them to the minutes (the meeting checks that the whole body reads them).
 * What a page shows of them goes through the documents' own application layer ({@link DocumentLinks}), for the
 * signed-in person: a document they do not read (its rights changed since) shows no name and no link.
 */
@Component
public class MeetingDocumentLinks {

    /** An annex as the minutes list it: the version annexed, and the document if the reader sees it ({@code null}). */
    public record Annex(String documentId, int version, DocumentLinks.Linked document) {
    }

    private final MeetingCommands commands;
    private final DocumentLinks links;

    MeetingDocumentLinks(MeetingCommands commands, DocumentLinks links) {
        this.commands = commands;
        this.links = links;
    }

    public void attach(String cooperationId, String meetingId, String itemId, MeetingRequests.DocumentReference request) {
        commands.send(cooperationId, new AttachDocumentToAgendaItemCommand(meetingId, itemId, request.documentId()));
    }

    public void detach(String cooperationId, String meetingId, String itemId, String documentId) {
        commands.send(cooperationId, new DetachDocumentFromAgendaItemCommand(meetingId, itemId, documentId));
    }

    public void annex(String cooperationId, String meetingId, MeetingRequests.DocumentReference request) {
        commands.send(cooperationId, new AnnexDocumentToMinutesCommand(meetingId, request.documentId()));
    }

    /** Each item's attachments the signed-in person sees, by item id, in the order attached. */
    public Map<String, List<DocumentLinks.Linked>> attachmentsSeen(MeetingView meeting) {
        Map<String, List<DocumentLinks.Linked>> seen = new LinkedHashMap<>();
        meeting.attachments().forEach((itemId, documentIds) -> seen.put(itemId, documentIds.stream()
                .flatMap(documentId -> links.seen(meeting.cooperationId(), documentId).stream()).toList()));
        return seen;
    }

    /** The minutes' annexes in the order annexed, each with its document if the signed-in person sees it. */
    public List<Annex> annexes(MeetingView meeting) {
        return meeting.annexes().stream()
                      .map(annex -> new Annex(annex.documentId(), annex.version(),
                                              links.seen(meeting.cooperationId(), annex.documentId()).orElse(null)))
                      .toList();
    }

    /** The documents of the meeting's body's space the signed-in person sees: what the forms offer to name. */
    public List<DocumentLinks.Linked> choices(MeetingView meeting) {
        return links.ofBodySpace(meeting.cooperationId(), meeting.bodyId());
    }
}
