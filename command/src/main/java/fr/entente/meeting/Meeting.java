package fr.entente.meeting;

import fr.entente.common.Required;
import fr.entente.meeting.api.*;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.List;

import static fr.entente.meeting.api.MeetingRefusal.BODY_ID_REQUIRED;
import static fr.entente.meeting.api.MeetingRefusal.COOPERATION_ID_REQUIRED;
import static fr.entente.meeting.api.MeetingRefusal.ENDED;
import static fr.entente.meeting.api.MeetingRefusal.NOTES_CLOSED;
import static fr.entente.meeting.api.MeetingRefusal.VOTE_OPEN;
import static fr.entente.meeting.api.MeetingRefusedException.refused;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A meeting of a body: scheduled (alone or by a {@link MeetingSeries}), its agenda requested by the members and
 * set by the officer or convenor, held live (attendance, current item, notes, proposals, actions), then its
 * minutes drafted, approved and published. One consistency boundary per meeting; its parts hold the state.
 * <p>
 * Every handler first checks who acts on this meeting's body ({@link Access}, through the {@link BodyRoster}
 * resource), then whether the phase allows it ({@link Schedule}), then lets the part concerned check the command
 * and say what to apply. "Now" is the time the event would carry ({@link GenericEventMessage#clock}), which the
 * test fixtures set. The api types are imported whole: this class speaks nearly all of them. A handler whose
 * outcome the person needs to see (a note kept as a conflicting copy, a merged item's title, the drafted text)
 * returns a receipt of it (a record of the api, never the event), as {@code commands.sendAndWait} answers.
 * <p>
 * Its fields are its snapshot: Jackson reads and writes them directly.
 */
@Aggregate(snapshotTriggerDefinition = "meetingSnapshotTrigger")
public class Meeting {

    @AggregateIdentifier
    private String meetingId;
    @AggregateMember
    private Schedule schedule = new Schedule();
    @AggregateMember
    private AgendaRequests requests = new AgendaRequests();
    @AggregateMember
    private Agenda agenda = new Agenda();
    @AggregateMember
    private LiveRecord live = new LiveRecord();
    @AggregateMember
    private Notes notes = new Notes();
    @AggregateMember
    private Minutes minutes = new Minutes();
    @AggregateMember
    private LinkedDocuments documents = new LinkedDocuments();

    protected Meeting() {
        // for Axon and the snapshot mapper
    }

    @CommandHandler
    public Meeting(ScheduleMeetingCommand command, MetaData metaData, BodyRoster roster) {
        Access.of(metaData, roster, Required.id(command.cooperationId(), () -> refused(COOPERATION_ID_REQUIRED)),
                  Required.id(command.bodyId(), () -> refused(BODY_ID_REQUIRED))).manager();
        apply(Schedule.scheduling(command));
    }

    /** A meeting of a series, checked by the series, which creates it in the same unit of work. */
    Meeting(MeetingScheduledEvent scheduled) {
        apply(scheduled);
    }

    @CommandHandler
    public void handle(MoveMeetingCommand command, MetaData metaData, BodyRoster roster) {
        access(metaData, roster).manager();
        apply(schedule.move(meetingId, command));
    }

    @CommandHandler
    public void handle(CancelMeetingCommand command, MetaData metaData, BodyRoster roster) {
        access(metaData, roster).manager();
        apply(schedule.cancel(meetingId, command.reason()));
    }

    @CommandHandler
    public void handle(SetAgendaRequestDeadlineCommand command, MetaData metaData, BodyRoster roster) {
        access(metaData, roster).manager();
        schedule.beforeEnd();
        apply(requests.deadline(meetingId, command.deadline()));
    }

    @CommandHandler
    public AgendaRequestReceipt handle(RequestAgendaItemCommand command, MetaData metaData, BodyRoster roster) {
        Access access = access(metaData, roster);
        String onBehalfOf = access.organisation();
        schedule.beforeEnd();
        return AgendaRequestReceipt.from(applied(requests.request(meetingId, command, access.member(), onBehalfOf,
                                                                  GenericEventMessage.clock.instant(), agenda.published())));
    }

    @CommandHandler
    public AgendaRequestReceipt handle(ReceiveReferralCommand command, MetaData metaData, BodyRoster roster) {
        managingAgenda(metaData, roster);
        return AgendaRequestReceipt.from(applied(requests.referral(meetingId, command, agenda.published())));
    }

    @CommandHandler
    public AgendaItemReceipt handle(AcceptAgendaItemRequestsCommand command, MetaData metaData, BodyRoster roster) {
        managingAgenda(metaData, roster);
        return AgendaItemReceipt.from((AgendaItemRequestsAcceptedEvent) appliedFirst(
                agenda.accept(meetingId, command, requests.pending(command.requestIds()))));
    }

    @CommandHandler
    public void handle(DeclineAgendaItemRequestCommand command, MetaData metaData, BodyRoster roster) {
        managingAgenda(metaData, roster);
        apply(requests.decline(meetingId, command.requestId(), command.reason()));
    }

    @CommandHandler
    public AgendaItemReceipt handle(AddAgendaItemCommand command, MetaData metaData, BodyRoster roster) {
        managingAgenda(metaData, roster);
        return AgendaItemReceipt.from((AgendaItemAddedEvent) appliedFirst(agenda.add(meetingId, command)));
    }

    @CommandHandler
    public void handle(RemoveAgendaItemCommand command, MetaData metaData, BodyRoster roster) {
        managingAgenda(metaData, roster);
        agenda.remove(meetingId, command.itemId(), command.reason()).forEach(AggregateLifecycle::apply);
    }

    @CommandHandler
    public void handle(ReorderAgendaCommand command, MetaData metaData, BodyRoster roster) {
        managingAgenda(metaData, roster);
        agenda.reorder(meetingId, command.itemIds()).forEach(AggregateLifecycle::apply);
    }

    /** The item is checked before the document, whose check asks the documents' read models. */
    @CommandHandler
    public void handle(AttachDocumentToAgendaItemCommand command, MetaData metaData, BodyRoster roster,
                       MeetingDocuments meetingDocuments) {
        String actorId = access(metaData, roster).manager();
        schedule.beforeEnd();
        String itemId = agenda.existing(command.itemId());
        LinkedDocuments.readable(meetingDocuments, schedule.cooperationId(), schedule.bodyId(), command.documentId(),
                                 actorId);
        documents.attach(meetingId, itemId, command.documentId()).ifPresent(AggregateLifecycle::apply);
    }

    @CommandHandler
    public void handle(DetachDocumentFromAgendaItemCommand command, MetaData metaData, BodyRoster roster) {
        managingAgenda(metaData, roster);
        apply(documents.detach(meetingId, agenda.existing(command.itemId()), command.documentId()));
    }

    @CommandHandler
    public PublicationReceipt handle(PublishAgendaCommand command, MetaData metaData, BodyRoster roster) {
        managingAgenda(metaData, roster);
        return PublicationReceipt.from(applied(agenda.publish(meetingId)));
    }

    @CommandHandler
    public void handle(StartMeetingCommand command, MetaData metaData, BodyRoster roster) {
        access(metaData, roster).manager();
        apply(schedule.start(meetingId));
    }

    /** Attendance is recorded, and corrected, from the start until the minutes are drafted. */
    @CommandHandler
    public void handle(RecordAttendanceCommand command, MetaData metaData, BodyRoster roster) {
        Access access = access(metaData, roster);
        access.manager();
        recordOpen(refused(ENDED));
        live.attendance(meetingId, command, references(roster)).ifPresent(AggregateLifecycle::apply);
    }

    /** The whole sheet at once: every line is checked before any is recorded. */
    @CommandHandler
    public void handle(RecordAttendanceSheetCommand command, MetaData metaData, BodyRoster roster) {
        access(metaData, roster).manager();
        recordOpen(refused(ENDED));
        live.attendanceSheet(meetingId, command.entries(), references(roster)).forEach(AggregateLifecycle::apply);
    }

    @CommandHandler
    public void handle(MoveToAgendaItemCommand command, MetaData metaData, BodyRoster roster) {
        managingLive(metaData, roster);
        live.moveTo(meetingId, command.itemId(), agenda).ifPresent(AggregateLifecycle::apply);
    }

    /** Any member takes notes, from the start until the minutes are drafted from them. */
    @CommandHandler
    public NoteReceipt handle(SaveNoteBlockCommand command, MetaData metaData, BodyRoster roster) {
        String authorId = access(metaData, roster).member();
        recordOpen(refused(NOTES_CLOSED));
        Object saved = applied(notes.save(meetingId, command, authorId, agenda));
        return saved instanceof NoteEditConflictedEvent conflict ? NoteReceipt.from(conflict)
                                                                  : NoteReceipt.from((NoteBlockSavedEvent) saved);
    }

    @CommandHandler
    public void handle(RecordProposalCommand command, MetaData metaData, BodyRoster roster) {
        managingLive(metaData, roster);
        apply(live.proposal(meetingId, command, agenda, references(roster)));
    }

    @CommandHandler
    public void handle(ChangeProposalOutcomeCommand command, MetaData metaData, BodyRoster roster) {
        managingLive(metaData, roster);
        live.outcome(meetingId, command, references(roster)).ifPresent(AggregateLifecycle::apply);
    }

    @CommandHandler
    public void handle(PutProposalToVoteCommand command, MetaData metaData, BodyRoster roster) {
        managingLive(metaData, roster);
        apply(live.putToVote(meetingId, command));
    }

    /**
     * Sent by the hub when the vote's decision closed; the meeting does not end while a vote is open, so the outcome
     * comes while it is live, the hub's reaction to the close aside.
     */
    @CommandHandler
    public void handle(RecordProposalVoteCommand command, MetaData metaData, BodyRoster roster) {
        access(metaData, roster).hub();
        live.voted(meetingId, command).ifPresent(AggregateLifecycle::apply);
    }

    @CommandHandler
    public void handle(RecordActionItemCommand command, MetaData metaData, BodyRoster roster) {
        managingLive(metaData, roster);
        apply(live.action(meetingId, command, agenda, references(roster)));
    }

    @CommandHandler
    public void handle(EndMeetingCommand command, MetaData metaData, BodyRoster roster) {
        access(metaData, roster).manager();
        if (live.votesOpen() > 0) {
            throw refused(VOTE_OPEN, live.votesOpen());
        }
        apply(schedule.end(meetingId));
    }

    @CommandHandler
    public MinutesReceipt handle(DraftMinutesCommand command, MetaData metaData, BodyRoster roster) {
        access(metaData, roster).manager();
        schedule.ended();
        return MinutesReceipt.from(applied(minutes.draft(meetingId, MinutesDraft.of(schedule, agenda, notes))));
    }

    @CommandHandler
    public MinutesReceipt handle(EditMinutesCommand command, MetaData metaData, BodyRoster roster) {
        access(metaData, roster).manager();
        return MinutesReceipt.from(applied(minutes.edit(meetingId, command)));
    }

    /** Annexed as its current version, while the minutes are not approved. */
    @CommandHandler
    public void handle(AnnexDocumentToMinutesCommand command, MetaData metaData, BodyRoster roster,
                       MeetingDocuments meetingDocuments) {
        String actorId = access(metaData, roster).manager();
        minutes.annexable();
        int version = LinkedDocuments.readable(meetingDocuments, schedule.cooperationId(), schedule.bodyId(),
                                               command.documentId(), actorId);
        documents.annex(meetingId, command.documentId(), version).ifPresent(AggregateLifecycle::apply);
    }

    @CommandHandler
    public void handle(SubmitMinutesCommand command, MetaData metaData, BodyRoster roster) {
        access(metaData, roster).manager();
        minutes.submit(meetingId).ifPresent(AggregateLifecycle::apply);
    }

    @CommandHandler
    public void handle(ApproveMinutesCommand command, MetaData metaData, BodyRoster roster, LiveMeetings liveMeetings) {
        Approval approval = Approval.of(command.mode(), command.atMeetingId(), meetingId, access(metaData, roster),
                                        liveMeetings, schedule);
        apply(minutes.approve(meetingId, approval.mode(), approval.atMeetingId()));
    }

    @CommandHandler
    public void handle(PublishMinutesCommand command, MetaData metaData, BodyRoster roster) {
        access(metaData, roster).manager();
        apply(minutes.publish(meetingId));
    }

    @CommandHandler
    public void handle(ProposeMinutesAmendmentCommand command, MetaData metaData, BodyRoster roster) {
        access(metaData, roster).manager();
        apply(minutes.proposeAmendment(meetingId, command.amendmentId(), command.text()));
    }

    @CommandHandler
    public void handle(ApproveMinutesAmendmentCommand command, MetaData metaData, BodyRoster roster,
                       LiveMeetings liveMeetings) {
        Approval approval = Approval.of(command.mode(), command.atMeetingId(), meetingId, access(metaData, roster),
                                        liveMeetings, schedule);
        apply(minutes.approveAmendment(meetingId, command.amendmentId(), approval.mode(), approval.atMeetingId()));
    }

    private Access access(MetaData metaData, BodyRoster roster) {
        return Access.of(metaData, roster, schedule.cooperationId(), schedule.bodyId());
    }

    private References references(BodyRoster roster) {
        return new References(roster, schedule.cooperationId(), schedule.bodyId());
    }

    private void managingAgenda(MetaData metaData, BodyRoster roster) {
        access(metaData, roster).manager();
        schedule.beforeEnd();
    }

    private void managingLive(MetaData metaData, BodyRoster roster) {
        access(metaData, roster).manager();
        schedule.live();
    }

    /** Applies the event and returns it, for the receipt of a handler whose outcome the person sees. */
    private static <E> E applied(E event) {
        apply(event);
        return event;
    }

    /** Applies the events (a change, then its amendment of a published agenda) and returns the change. */
    private static Object appliedFirst(List<Object> events) {
        events.forEach(AggregateLifecycle::apply);
        return events.get(0);
    }

    /** Started, and the minutes not drafted yet: what happened can still be recorded. */
    private void recordOpen(MeetingRefusedException whenDrafted) {
        schedule.started();
        if (minutes.drafted()) {
            throw whenDrafted;
        }
    }

    @EventSourcingHandler
    void on(MeetingScheduledEvent event) {
        meetingId = event.meetingId();
    }
}
