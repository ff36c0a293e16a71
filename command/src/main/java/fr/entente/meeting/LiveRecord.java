package fr.entente.meeting;

import fr.entente.common.Required;
import fr.entente.meeting.api.ActionItemRecordedEvent;
import fr.entente.meeting.api.AttendanceRecordedEvent;
import fr.entente.meeting.api.AttendanceStatus;
import fr.entente.meeting.api.ChangeProposalOutcomeCommand;
import fr.entente.meeting.api.CurrentAgendaItemChangedEvent;
import fr.entente.meeting.api.InvalidMeetingCommandException;
import fr.entente.meeting.api.MeetingFieldMissingException;
import fr.entente.meeting.api.MeetingStateConflictException;
import fr.entente.meeting.api.ProposalOutcome;
import fr.entente.meeting.api.ProposalOutcomeChangedEvent;
import fr.entente.meeting.api.ProposalRecordedEvent;
import fr.entente.meeting.api.RecordActionItemCommand;
import fr.entente.meeting.api.RecordAttendanceCommand;
import fr.entente.meeting.api.RecordProposalCommand;
import fr.entente.meeting.api.UnknownInMeetingException;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;

/**
 * What is recorded while the meeting is held: who attends, the item under way, the proposals made and their
 * outcome (relevé des propositions), the actions decided. The phase is checked by the meeting; this part
 * checks the values. Nothing is applied when nothing changes.
 */
class LiveRecord {

    /** Each member's attendance by person id: the status, then the person representing them, if any. */
    private Map<String, String> attendance = new LinkedHashMap<>();
    private String currentItemId;
    /** Each proposal's outcome (and body referred to, after a '>'), by proposal id. */
    private Map<String, String> proposals = new LinkedHashMap<>();
    /** A LinkedHashSet, so that a snapshot keeps the order. */
    private LinkedHashSet<String> actions = new LinkedHashSet<>();

    Optional<AttendanceRecordedEvent> attendance(String meetingId, RecordAttendanceCommand command, Access access) {
        String personId = Required.id(command.personId(), () -> MeetingFieldMissingException.id("personId"));
        AttendanceStatus status = Required.value(command.status(), MeetingFieldMissingException::status);
        String representedBy = Required.optional(command.representedBy());
        if ((status == AttendanceStatus.REPRESENTED) != (representedBy != null) || personId.equals(representedBy)) {
            throw InvalidMeetingCommandException.representedBy();
        }
        if (!access.seats(personId)) {
            throw UnknownInMeetingException.notAMember("personId", personId);
        }
        String recorded = status + (representedBy == null ? "" : ">" + representedBy);
        return recorded.equals(attendance.get(personId))
                ? Optional.empty()
                : Optional.of(new AttendanceRecordedEvent(meetingId, personId, status, representedBy));
    }

    Optional<CurrentAgendaItemChangedEvent> moveTo(String meetingId, String itemId, Agenda agenda) {
        agenda.existing(itemId);
        return itemId.equals(currentItemId)
                ? Optional.empty()
                : Optional.of(new CurrentAgendaItemChangedEvent(meetingId, itemId));
    }

    ProposalRecordedEvent proposal(String meetingId, RecordProposalCommand command, Agenda agenda) {
        String proposalId = Required.id(command.proposalId(), () -> MeetingFieldMissingException.id("proposalId"));
        if (proposals.containsKey(proposalId)) {
            throw MeetingStateConflictException.idTaken("proposalId", proposalId);
        }
        agenda.existing(command.itemId());
        String person = Required.optional(command.proposedByPersonId());
        String organisation = Required.optional(command.proposedByOrganisationId());
        if (person == null && organisation == null) {
            throw InvalidMeetingCommandException.proposer();
        }
        String text = Required.text(command.text(), MeetingFieldMissingException::text);
        ProposalOutcome outcome = Required.value(command.outcome(), MeetingFieldMissingException::outcome);
        return new ProposalRecordedEvent(meetingId, proposalId, command.itemId(), person, organisation, text, outcome,
                                         referredTo(outcome, command.referredToBodyId()));
    }

    Optional<ProposalOutcomeChangedEvent> outcome(String meetingId, ChangeProposalOutcomeCommand command) {
        String proposalId = Required.id(command.proposalId(), () -> MeetingFieldMissingException.id("proposalId"));
        if (!proposals.containsKey(proposalId)) {
            throw UnknownInMeetingException.proposal(proposalId);
        }
        ProposalOutcome outcome = Required.value(command.outcome(), MeetingFieldMissingException::outcome);
        String referredTo = referredTo(outcome, command.referredToBodyId());
        return outcomeOf(outcome, referredTo).equals(proposals.get(proposalId))
                ? Optional.empty()
                : Optional.of(new ProposalOutcomeChangedEvent(meetingId, proposalId, outcome, referredTo));
    }

    ActionItemRecordedEvent action(String meetingId, RecordActionItemCommand command, Agenda agenda) {
        String actionId = Required.id(command.actionId(), () -> MeetingFieldMissingException.id("actionId"));
        if (actions.contains(actionId)) {
            throw MeetingStateConflictException.idTaken("actionId", actionId);
        }
        agenda.existing(command.itemId());
        String what = Required.text(command.what(), MeetingFieldMissingException::what);
        String organisation = Required.optional(command.ownerOrganisationId());
        String person = Required.optional(command.ownerPersonId());
        if ((organisation == null) == (person == null)) {
            throw InvalidMeetingCommandException.owner();
        }
        return new ActionItemRecordedEvent(meetingId, actionId, command.itemId(), what, organisation, person,
                                           Required.value(command.dueDate(), MeetingFieldMissingException::dueDate));
    }

    private static String referredTo(ProposalOutcome outcome, String bodyId) {
        String referredTo = Required.optional(bodyId);
        if ((outcome == ProposalOutcome.REFERRED) != (referredTo != null)) {
            throw InvalidMeetingCommandException.referredTo();
        }
        return referredTo;
    }

    private static String outcomeOf(ProposalOutcome outcome, String referredTo) {
        return outcome + (referredTo == null ? "" : ">" + referredTo);
    }

    @EventSourcingHandler
    void on(AttendanceRecordedEvent event) {
        attendance.put(event.personId(),
                       event.status() + (event.representedBy() == null ? "" : ">" + event.representedBy()));
    }

    @EventSourcingHandler
    void on(CurrentAgendaItemChangedEvent event) {
        currentItemId = event.itemId();
    }

    @EventSourcingHandler
    void on(ProposalRecordedEvent event) {
        proposals.put(event.proposalId(), outcomeOf(event.outcome(), event.referredToBodyId()));
    }

    @EventSourcingHandler
    void on(ProposalOutcomeChangedEvent event) {
        proposals.put(event.proposalId(), outcomeOf(event.outcome(), event.referredToBodyId()));
    }

    @EventSourcingHandler
    void on(ActionItemRecordedEvent event) {
        actions.add(event.actionId());
    }
}
