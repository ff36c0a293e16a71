package fr.entente.web.pages;

import fr.entente.web.security.AuditReaders;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The "Historique" link of a page that shows one thing of the log (a meeting, a decision, a study, a roadmap, a document): the audit trail
 * narrowed to that thing's acts, for the people who read the trail; no link for the others, who would be refused.
 */
@Component
public class HistoryLinks {

    public static final String ATTRIBUTE = "historyUrl";

    private final AuditReaders readers;

    HistoryLinks(AuditReaders readers) {
        this.readers = readers;
    }

    /** The link to the acts of {@code subjectId} (the aggregate's identifier), or none for a reader who may not follow it. */
    public void expose(Model model, String cooperationId, String subjectId) {
        exposeTrail(model, cooperationId, "subject", subjectId);
    }

    /**
     * The link to a meeting's acts: the trail's meeting filter, which also takes in the acts on its agenda's items,
     * requests and proposals (other aggregates' acts scoped by the meeting they name).
     */
    public void exposeForMeeting(Model model, String cooperationId, String meetingId) {
        exposeTrail(model, cooperationId, "meeting", meetingId);
    }

    private void exposeTrail(Model model, String cooperationId, String filter, String value) {
        model.addAttribute(ATTRIBUTE, readers.signedInPersonReads(cooperationId)
                ? UriComponentsBuilder.fromPath("/cooperations/{c}/journal").queryParam(filter, value)
                                      .buildAndExpand(cooperationId).encode().toUriString()
                : null);
    }
}
