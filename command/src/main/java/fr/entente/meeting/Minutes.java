package fr.entente.meeting;

import fr.entente.common.Required;
import fr.entente.meeting.api.EditMinutesCommand;
import fr.entente.meeting.api.MeetingFieldMissingException;
import fr.entente.meeting.api.MeetingStateConflictException;
import fr.entente.meeting.api.MinutesAmendmentApprovedEvent;
import fr.entente.meeting.api.MinutesAmendmentProposedEvent;
import fr.entente.meeting.api.MinutesApprovalMode;
import fr.entente.meeting.api.MinutesApprovedEvent;
import fr.entente.meeting.api.MinutesDraftedEvent;
import fr.entente.meeting.api.MinutesEditedEvent;
import fr.entente.meeting.api.MinutesPublishedEvent;
import fr.entente.meeting.api.MinutesSubmittedEvent;
import fr.entente.meeting.api.UnknownInMeetingException;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

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
            throw MeetingStateConflictException.minutesDrafted();
        }
        return new MinutesDraftedEvent(meetingId, 1, firstDraft);
    }

    MinutesEditedEvent edit(String meetingId, EditMinutesCommand command) {
        open();
        int baseVersion = Required.value(command.baseVersion(), MeetingFieldMissingException::baseVersion);
        if (baseVersion != version) {
            throw MeetingStateConflictException.minutesStale(version);
        }
        return new MinutesEditedEvent(meetingId, version + 1, Required.text(command.text(), MeetingFieldMissingException::text));
    }

    /** Nothing to apply when this version is submitted already. */
    Optional<MinutesSubmittedEvent> submit(String meetingId) {
        open();
        return status == Status.SUBMITTED ? Optional.empty() : Optional.of(new MinutesSubmittedEvent(meetingId, version));
    }

    MinutesApprovedEvent approve(String meetingId, MinutesApprovalMode mode, String atMeetingId) {
        if (status == Status.APPROVED || status == Status.PUBLISHED) {
            throw MeetingStateConflictException.minutesFrozen();
        }
        if (status != Status.SUBMITTED) {
            throw MeetingStateConflictException.minutesNotSubmitted();
        }
        return new MinutesApprovedEvent(meetingId, version, mode, atMeetingId);
    }

    MinutesPublishedEvent publish(String meetingId) {
        if (status == Status.PUBLISHED) {
            throw MeetingStateConflictException.minutesPublished();
        }
        approved();
        return new MinutesPublishedEvent(meetingId, version);
    }

    MinutesAmendmentProposedEvent proposeAmendment(String meetingId, String amendmentId, String amendment) {
        approved();
        if (amendments.containsKey(Required.id(amendmentId, () -> MeetingFieldMissingException.id("amendmentId")))) {
            throw MeetingStateConflictException.idTaken("amendmentId", amendmentId);
        }
        return new MinutesAmendmentProposedEvent(meetingId, amendmentId,
                                                 Required.text(amendment, MeetingFieldMissingException::text));
    }

    MinutesAmendmentApprovedEvent approveAmendment(String meetingId, String amendmentId, MinutesApprovalMode mode,
                                                   String atMeetingId) {
        Boolean approved = amendments.get(Required.id(amendmentId, () -> MeetingFieldMissingException.id("amendmentId")));
        if (approved == null) {
            throw UnknownInMeetingException.amendment(amendmentId);
        }
        if (approved) {
            throw MeetingStateConflictException.amendmentApproved();
        }
        return new MinutesAmendmentApprovedEvent(meetingId, amendmentId, mode, atMeetingId);
    }

    /** Drafted and not approved yet: the text can change. */
    private void open() {
        if (!drafted()) {
            throw MeetingStateConflictException.minutesNotDrafted();
        }
        if (status == Status.APPROVED || status == Status.PUBLISHED) {
            throw MeetingStateConflictException.minutesFrozen();
        }
    }

    private void approved() {
        if (status != Status.APPROVED && status != Status.PUBLISHED) {
            throw MeetingStateConflictException.minutesNotApproved();
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
