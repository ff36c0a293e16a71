package fr.entente.meeting;

import fr.entente.common.Required;
import fr.entente.meeting.api.EditMinutesCommand;
import fr.entente.meeting.api.MinutesAmendmentApprovedEvent;
import fr.entente.meeting.api.MinutesAmendmentProposedEvent;
import fr.entente.meeting.api.MinutesApprovalMode;
import fr.entente.meeting.api.MinutesApprovedEvent;
import fr.entente.meeting.api.MinutesDraftedEvent;
import fr.entente.meeting.api.MinutesEditedEvent;
import fr.entente.meeting.api.MinutesPublishedEvent;
import fr.entente.meeting.api.MinutesSubmittedEvent;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static fr.entente.meeting.api.MeetingRefusal.AMENDMENT_APPROVED;
import static fr.entente.meeting.api.MeetingRefusal.AMENDMENT_ID_REQUIRED;
import static fr.entente.meeting.api.MeetingRefusal.AMENDMENT_UNKNOWN;
import static fr.entente.meeting.api.MeetingRefusal.BASE_VERSION_REQUIRED;
import static fr.entente.meeting.api.MeetingRefusal.ID_TAKEN;
import static fr.entente.meeting.api.MeetingRefusal.MINUTES_DRAFTED;
import static fr.entente.meeting.api.MeetingRefusal.MINUTES_FROZEN;
import static fr.entente.meeting.api.MeetingRefusal.MINUTES_NOT_APPROVED;
import static fr.entente.meeting.api.MeetingRefusal.MINUTES_NOT_DRAFTED;
import static fr.entente.meeting.api.MeetingRefusal.MINUTES_NOT_SUBMITTED;
import static fr.entente.meeting.api.MeetingRefusal.MINUTES_PUBLISHED;
import static fr.entente.meeting.api.MeetingRefusal.MINUTES_STALE;
import static fr.entente.meeting.api.MeetingRefusal.TEXT_REQUIRED;
import static fr.entente.meeting.api.MeetingRefusedException.refused;
import static fr.entente.meeting.api.MeetingRefusedException.refusedOn;

/**
 * The minutes (compte rendu): drafted from the live record, edited over the version each editor started from,
 * submitted, approved (then frozen), published; corrected afterwards only by amendments, which are approved in
 * turn. Edited after submission, the minutes go back to draft and wait to be submitted again.
 */
class Minutes {

    enum Status { NONE, DRAFT, SUBMITTED, APPROVED, PUBLISHED }

    private Status status = Status.NONE;
    private int version;
    private String text;
    /** Each amendment's state by id: approved or only proposed. */
    private Map<String, Boolean> amendments = new LinkedHashMap<>();

    boolean drafted() {
        return status != Status.NONE;
    }

    MinutesDraftedEvent draft(String meetingId, String firstDraft) {
        if (drafted()) {
            throw refused(MINUTES_DRAFTED);
        }
        return new MinutesDraftedEvent(meetingId, 1, firstDraft);
    }

    MinutesEditedEvent edit(String meetingId, EditMinutesCommand command) {
        open();
        int baseVersion = Required.value(command.baseVersion(), () -> refused(BASE_VERSION_REQUIRED));
        if (baseVersion != version) {
            throw refused(MINUTES_STALE, version);
        }
        return new MinutesEditedEvent(meetingId, version + 1, Required.text(command.text(), () -> refused(TEXT_REQUIRED)));
    }

    /** Nothing to apply when this version is submitted already. */
    Optional<MinutesSubmittedEvent> submit(String meetingId) {
        open();
        return status == Status.SUBMITTED ? Optional.empty() : Optional.of(new MinutesSubmittedEvent(meetingId, version));
    }

    MinutesApprovedEvent approve(String meetingId, MinutesApprovalMode mode, String atMeetingId) {
        if (status == Status.APPROVED || status == Status.PUBLISHED) {
            throw refused(MINUTES_FROZEN);
        }
        if (status != Status.SUBMITTED) {
            throw refused(MINUTES_NOT_SUBMITTED);
        }
        return new MinutesApprovedEvent(meetingId, version, mode, atMeetingId);
    }

    MinutesPublishedEvent publish(String meetingId) {
        if (status == Status.PUBLISHED) {
            throw refused(MINUTES_PUBLISHED);
        }
        approved();
        return new MinutesPublishedEvent(meetingId, version);
    }

    MinutesAmendmentProposedEvent proposeAmendment(String meetingId, String amendmentId, String amendment) {
        approved();
        if (amendments.containsKey(Required.id(amendmentId, () -> refused(AMENDMENT_ID_REQUIRED)))) {
            throw refusedOn("amendmentId", ID_TAKEN, amendmentId);
        }
        return new MinutesAmendmentProposedEvent(meetingId, amendmentId,
                                                 Required.text(amendment, () -> refused(TEXT_REQUIRED)));
    }

    MinutesAmendmentApprovedEvent approveAmendment(String meetingId, String amendmentId, MinutesApprovalMode mode,
                                                   String atMeetingId) {
        Boolean approved = amendments.get(Required.id(amendmentId, () -> refused(AMENDMENT_ID_REQUIRED)));
        if (approved == null) {
            throw refused(AMENDMENT_UNKNOWN, amendmentId);
        }
        if (approved) {
            throw refused(AMENDMENT_APPROVED);
        }
        return new MinutesAmendmentApprovedEvent(meetingId, amendmentId, mode, atMeetingId);
    }

    /** Drafted and not approved yet: the text can change. */
    /** Minutes drafted and not approved yet: what they annex can still change. */
    void annexable() {
        open();
    }

    private void open() {
        if (!drafted()) {
            throw refused(MINUTES_NOT_DRAFTED);
        }
        if (status == Status.APPROVED || status == Status.PUBLISHED) {
            throw refused(MINUTES_FROZEN);
        }
    }

    private void approved() {
        if (status != Status.APPROVED && status != Status.PUBLISHED) {
            throw refused(MINUTES_NOT_APPROVED);
        }
    }

    @EventSourcingHandler
    void on(MinutesDraftedEvent event) {
        status = Status.DRAFT;
        version = event.version();
        text = event.text();
    }

    @EventSourcingHandler
    void on(MinutesEditedEvent event) {
        status = Status.DRAFT;
        version = event.version();
        text = event.text();
    }

    @EventSourcingHandler
    void on(MinutesSubmittedEvent event) {
        status = Status.SUBMITTED;
    }

    @EventSourcingHandler
    void on(MinutesApprovedEvent event) {
        status = Status.APPROVED;
    }

    @EventSourcingHandler
    void on(MinutesPublishedEvent event) {
        status = Status.PUBLISHED;
    }

    @EventSourcingHandler
    void on(MinutesAmendmentProposedEvent event) {
        amendments.put(event.amendmentId(), false);
    }

    @EventSourcingHandler
    void on(MinutesAmendmentApprovedEvent event) {
        amendments.put(event.amendmentId(), true);
    }
}
