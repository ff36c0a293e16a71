package fr.entente.meeting.query;

import fr.entente.common.query.LogPosition;
import fr.entente.meeting.api.ActionItemRecordedEvent;
import fr.entente.meeting.api.AttendanceRecordedEvent;
import fr.entente.meeting.api.CurrentAgendaItemChangedEvent;
import fr.entente.meeting.api.NoteBlockSavedEvent;
import fr.entente.meeting.api.NoteEditConflictedEvent;
import fr.entente.meeting.api.ProposalOutcomeChangedEvent;
import fr.entente.meeting.api.ProposalPutToVoteEvent;
import fr.entente.meeting.api.ProposalRecordedEvent;
import fr.entente.meeting.api.ProposalVotedEvent;
import fr.entente.meeting.api.ReferralReceivedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

import static fr.entente.meeting.query.MeetingAspect.ACTIONS;
import static fr.entente.meeting.query.MeetingAspect.ATTENDANCE;
import static fr.entente.meeting.query.MeetingAspect.CURRENT_ITEM;
import static fr.entente.meeting.query.MeetingAspect.NOTES;
import static fr.entente.meeting.query.MeetingAspect.PROPOSALS;

/**
 * What is recorded while a meeting is held, in its view ({@link MeetingView}): attendance, the item under way, notes,
 * proposals (each outcome with who gave it and when) and actions.
 */
@Component
@ProcessingGroup("meetings")
class LiveRecordProjection {

    private static final String ACTOR = "actorId";

    private final MeetingChanges meetings;

    LiveRecordProjection(MeetingChanges meetings) {
        this.meetings = meetings;
    }

    @EventHandler
    void on(AttendanceRecordedEvent event, @Timestamp Instant at, LogPosition position) {
        meetings.change(event.meetingId(), position, at,
                        meeting -> meeting.record.attend(event.personId(), event.status(), event.representedBy()),
                        ATTENDANCE);
    }

    @EventHandler
    void on(CurrentAgendaItemChangedEvent event, @Timestamp Instant at, LogPosition position) {
        meetings.change(event.meetingId(), position, at, meeting -> meeting.record.moveTo(event.itemId()), CURRENT_ITEM);
    }

    @EventHandler
    void on(NoteBlockSavedEvent event, @Timestamp Instant at, LogPosition position) {
        meetings.change(event.meetingId(), position, at, meeting -> meeting.record.saveNote(
                event.itemId(), event.blockId(), event.version(), event.text(), event.authorId(), at), NOTES);
    }

    @EventHandler
    void on(NoteEditConflictedEvent event, @Timestamp Instant at, LogPosition position) {
        meetings.change(event.meetingId(), position, at, meeting -> meeting.record.conflict(
                event.itemId(), event.originalBlockId(), event.newBlockId(), event.text(), event.authorId(),
                event.currentVersion(), at), NOTES);
    }

    @EventHandler
    void on(ProposalRecordedEvent event, @Timestamp Instant at, LogPosition position,
            @MetaDataValue(ACTOR) String actorId) {
        meetings.change(event.meetingId(), position, at, meeting -> meeting.record.propose(new ProposalView(
                event.proposalId(), event.itemId(), event.proposedByPersonId(), event.proposedByOrganisationId(),
                event.text(), event.outcome(), event.referredToBodyId(),
                List.of(new OutcomeChangeView(event.outcome(), event.referredToBodyId(), actorId, at)), null, null, false)),
                PROPOSALS);
    }

    /** The meeting that referred the proposal links to where it went. */
    @EventHandler
    void on(ReferralReceivedEvent event, @Timestamp Instant at, LogPosition position) {
        meetings.change(event.origin().meetingId(), position, at,
                        meeting -> meeting.record.referralPlaced(event.origin().proposalId(), event.meetingId()), PROPOSALS);
    }

    @EventHandler
    void on(ProposalOutcomeChangedEvent event, @Timestamp Instant at, LogPosition position,
            @MetaDataValue(ACTOR) String actorId) {
        meetings.change(event.meetingId(), position, at, meeting -> meeting.record.changeOutcome(
                event.proposalId(), event.outcome(), event.referredToBodyId(), actorId, at), PROPOSALS);
    }

    @EventHandler
    void on(ProposalPutToVoteEvent event, @Timestamp Instant at, LogPosition position) {
        meetings.change(event.meetingId(), position, at,
                        meeting -> meeting.record.putToVote(event.proposalId(), event.decisionId()), PROPOSALS);
    }

    /** The vote's outcome is the proposal's: a change of outcome given by the body's vote, the hub recording it. */
    @EventHandler
    void on(ProposalVotedEvent event, @Timestamp Instant at, LogPosition position,
            @MetaDataValue(ACTOR) String actorId) {
        meetings.change(event.meetingId(), position, at, meeting -> meeting.record.voted(
                event.proposalId(), event.outcome(), event.decisionId(), actorId, at), PROPOSALS);
    }

    @EventHandler
    void on(ActionItemRecordedEvent event, @Timestamp Instant at, LogPosition position) {
        meetings.change(event.meetingId(), position, at, meeting -> meeting.record.act(new ActionItemView(
                event.actionId(), event.itemId(), event.what(), event.ownerOrganisationId(), event.ownerPersonId(),
                event.dueDate())), ACTIONS);
    }
}
