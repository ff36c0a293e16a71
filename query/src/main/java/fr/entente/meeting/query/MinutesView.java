package fr.entente.meeting.query;

import fr.entente.meeting.api.MinutesApprovalMode;

import java.time.Instant;
import java.util.List;

/**
 * A meeting's minutes: status NONE (and version 0, no text) until drafted; who approved them and how
 * ({@code atMeetingId} when the body approved them at a later meeting); the amendments in the order proposed.
 */
public record MinutesView(MinutesStatus status, int version, String text, MinutesApprovalMode approvalMode,
                          String approvedBy, Instant approvedAt, String atMeetingId, Instant publishedAt,
                          List<MinutesAmendmentView> amendments) {

    /** Minutes not drafted yet. */
    public static final MinutesView NONE = new MinutesView(MinutesStatus.NONE, 0, null, null, null, null, null, null,
                                                           List.of());

    public MinutesView {
        status = status == null ? MinutesStatus.NONE : status;
        amendments = amendments == null ? List.of() : List.copyOf(amendments);
    }
}
