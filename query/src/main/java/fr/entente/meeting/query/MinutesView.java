package fr.entente.meeting.query;

import fr.entente.meeting.api.MinutesApprovalMode;

import java.time.Instant;
import java.util.ArrayList;
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

    MinutesView drafted(int newVersion, String newText) {
        return new MinutesView(MinutesStatus.DRAFT, newVersion, newText, approvalMode, approvedBy, approvedAt, atMeetingId,
                               publishedAt, amendments);
    }

    MinutesView submitted(int newVersion) {
        return new MinutesView(MinutesStatus.SUBMITTED, newVersion, text, approvalMode, approvedBy, approvedAt,
                               atMeetingId, publishedAt, amendments);
    }

    MinutesView approved(int newVersion, MinutesApprovalMode mode, String by, String atMeeting, Instant at) {
        return new MinutesView(MinutesStatus.APPROVED, newVersion, text, mode, by, at, atMeeting, null, amendments);
    }

    MinutesView published(int newVersion, Instant at) {
        return new MinutesView(MinutesStatus.PUBLISHED, newVersion, text, approvalMode, approvedBy, approvedAt,
                               atMeetingId, at, amendments);
    }

    MinutesView withAmendment(MinutesAmendmentView amendment) {
        List<MinutesAmendmentView> changed = new ArrayList<>(amendments);
        changed.replaceAll(existing -> existing.amendmentId().equals(amendment.amendmentId()) ? amendment : existing);
        if (!changed.contains(amendment)) {
            changed.add(amendment);
        }
        return new MinutesView(status, version, text, approvalMode, approvedBy, approvedAt, atMeetingId, publishedAt,
                               changed);
    }

    MinutesView amendmentApproved(String amendmentId, String by, Instant at) {
        return amendments.stream().filter(amendment -> amendment.amendmentId().equals(amendmentId)).findFirst()
                         .map(amendment -> withAmendment(amendment.approved(by, at))).orElse(this);
    }
}
