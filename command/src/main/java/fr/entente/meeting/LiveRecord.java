package fr.entente.meeting;

import fr.entente.common.Required;
import fr.entente.meeting.api.ActionItemRecordedEvent;
import fr.entente.meeting.api.AttendanceEntry;
import fr.entente.meeting.api.AttendanceRecordedEvent;
import fr.entente.meeting.api.AttendanceStatus;
import fr.entente.meeting.api.ChangeProposalOutcomeCommand;
import fr.entente.meeting.api.CurrentAgendaItemChangedEvent;
import fr.entente.meeting.api.ProposalOutcome;
import fr.entente.meeting.api.ProposalOutcomeChangedEvent;
import fr.entente.meeting.api.ProposalRecordedEvent;
import fr.entente.meeting.api.RecordActionItemCommand;
import fr.entente.meeting.api.RecordAttendanceCommand;
import fr.entente.meeting.api.RecordProposalCommand;
import fr.entente.meeting.api.ProposalPutToVoteEvent;
import fr.entente.meeting.api.ProposalVotedEvent;
import fr.entente.meeting.api.PutProposalToVoteCommand;
import fr.entente.meeting.api.RecordProposalVoteCommand;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static fr.entente.meeting.api.MeetingRefusal.ACTION_ID_REQUIRED;
import static fr.entente.meeting.api.MeetingRefusal.ACTION_OWNER_INVALID;
import static fr.entente.meeting.api.MeetingRefusal.ATTENDANCE_PERSON_TWICE;
import static fr.entente.meeting.api.MeetingRefusal.DECISION_ID_REQUIRED;
import static fr.entente.meeting.api.MeetingRefusal.DUE_DATE_REQUIRED;
import static fr.entente.meeting.api.MeetingRefusal.ID_TAKEN;
import static fr.entente.meeting.api.MeetingRefusal.OUTCOME_REQUIRED;
import static fr.entente.meeting.api.MeetingRefusal.PERSON_ID_REQUIRED;
import static fr.entente.meeting.api.MeetingRefusal.PROPOSAL_ID_REQUIRED;
import static fr.entente.meeting.api.MeetingRefusal.PROPOSAL_NOT_UNDER_VOTE;
import static fr.entente.meeting.api.MeetingRefusal.PROPOSAL_UNKNOWN;
import static fr.entente.meeting.api.MeetingRefusal.PROPOSAL_VOTE_OPEN;
import static fr.entente.meeting.api.MeetingRefusal.PROPOSER_REQUIRED;
import static fr.entente.meeting.api.MeetingRefusal.REFERRED_TO_INVALID;
import static fr.entente.meeting.api.MeetingRefusal.REPRESENTED_BY_INVALID;
import static fr.entente.meeting.api.MeetingRefusal.STATUS_REQUIRED;
import static fr.entente.meeting.api.MeetingRefusal.TEXT_REQUIRED;
import static fr.entente.meeting.api.MeetingRefusal.WHAT_REQUIRED;
import static fr.entente.meeting.api.MeetingRefusedException.refused;
import static fr.entente.meeting.api.MeetingRefusedException.refusedOn;

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
    /** The proposals under a vote not closed yet: proposal id → the decision counting it. */
    private Map<String, String> votesOpen = new LinkedHashMap<>();
    /** The decisions whose outcome the record took already, to acknowledge a repeated outcome quietly. */
    private LinkedHashSet<String> decisionsVoted = new LinkedHashSet<>();
    /** A LinkedHashSet, so that a snapshot keeps the order. */
    private LinkedHashSet<String> actions = new LinkedHashSet<>();

    Optional<AttendanceRecordedEvent> attendance(String meetingId, RecordAttendanceCommand command, References references) {
        return attendance(meetingId, new AttendanceEntry(command.personId(), command.status(), command.representedBy()),
                          references, "");
    }

    /**
     * The lines of an attendance sheet that change something, each checked as a single attendance is; a refusal names
     * the line at fault ({@code entries[2].representedBy}). Lines without a status are left as they are.
     */
    List<AttendanceRecordedEvent> attendanceSheet(String meetingId, List<AttendanceEntry> entries, References references) {
        Set<String> seen = new HashSet<>();
        List<AttendanceRecordedEvent> changes = new ArrayList<>();
        for (int line = 0; line < entries.size(); line++) {
            AttendanceEntry entry = entries.get(line);
            if (entry.status() == null) {
                continue;
            }
            String prefix = "entries[" + line + "].";
            if (entry.personId() != null && !seen.add(entry.personId())) {
                throw refusedOn(prefix + "personId", ATTENDANCE_PERSON_TWICE, entry.personId());
            }
            attendance(meetingId, entry, references, prefix).ifPresent(changes::add);
        }
        return changes;
    }

    private Optional<AttendanceRecordedEvent> attendance(String meetingId, AttendanceEntry entry, References references,
                                                         String fieldPrefix) {
        String personId = Required.id(entry.personId(), () -> refusedOn(fieldPrefix + "personId", PERSON_ID_REQUIRED));
        AttendanceStatus status = Required.value(entry.status(), () -> refusedOn(fieldPrefix + "status", STATUS_REQUIRED));
        String representedBy = Required.optional(entry.representedBy());
        if ((status == AttendanceStatus.REPRESENTED) != (representedBy != null) || personId.equals(representedBy)) {
            throw refusedOn(fieldPrefix + "representedBy", REPRESENTED_BY_INVALID);
        }
        references.seated(personId, fieldPrefix + "personId");
        references.seated(representedBy, fieldPrefix + "representedBy");
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

    ProposalRecordedEvent proposal(String meetingId, RecordProposalCommand command, Agenda agenda, References references) {
        String proposalId = Required.id(command.proposalId(), () -> refused(PROPOSAL_ID_REQUIRED));
        if (proposals.containsKey(proposalId)) {
            throw refusedOn("proposalId", ID_TAKEN, proposalId);
        }
        agenda.existing(command.itemId());
        String person = Required.optional(command.proposedByPersonId());
        String organisation = Required.optional(command.proposedByOrganisationId());
        if (person == null && organisation == null) {
            throw refused(PROPOSER_REQUIRED);
        }
        references.person(person, "proposedByPersonId");
        references.organisation(organisation, "proposedByOrganisationId");
        String text = Required.text(command.text(), () -> refused(TEXT_REQUIRED));
        ProposalOutcome outcome = Required.value(command.outcome(), () -> refused(OUTCOME_REQUIRED));
        return new ProposalRecordedEvent(meetingId, proposalId, command.itemId(), person, organisation, text, outcome,
                                         referredTo(outcome, command.referredToBodyId(), references));
    }

    Optional<ProposalOutcomeChangedEvent> outcome(String meetingId, ChangeProposalOutcomeCommand command,
                                                  References references) {
        String proposalId = Required.id(command.proposalId(), () -> refused(PROPOSAL_ID_REQUIRED));
        if (!proposals.containsKey(proposalId)) {
            throw refused(PROPOSAL_UNKNOWN, proposalId);
        }
        if (votesOpen.containsKey(proposalId)) {
            throw refused(PROPOSAL_VOTE_OPEN);
        }
        ProposalOutcome outcome = Required.value(command.outcome(), () -> refused(OUTCOME_REQUIRED));
        String referredTo = referredTo(outcome, command.referredToBodyId(), references);
        return outcomeOf(outcome, referredTo).equals(proposals.get(proposalId))
                ? Optional.empty()
                : Optional.of(new ProposalOutcomeChangedEvent(meetingId, proposalId, outcome, referredTo));
    }

    ProposalPutToVoteEvent putToVote(String meetingId, PutProposalToVoteCommand command) {
        String proposalId = existingProposal(command.proposalId());
        if (votesOpen.containsKey(proposalId)) {
            throw refused(PROPOSAL_VOTE_OPEN);
        }
        String decisionId = Required.id(command.decisionId(), () -> refused(DECISION_ID_REQUIRED));
        return new ProposalPutToVoteEvent(meetingId, proposalId, decisionId);
    }

    /** The outcome of the vote the proposal is under, from its decision; told again, it changes nothing. */
    Optional<ProposalVotedEvent> voted(String meetingId, RecordProposalVoteCommand command) {
        String proposalId = existingProposal(command.proposalId());
        String decisionId = Required.id(command.decisionId(), () -> refused(DECISION_ID_REQUIRED));
        ProposalOutcome outcome = Required.value(command.outcome(), () -> refused(OUTCOME_REQUIRED));
        if (outcome == ProposalOutcome.REFERRED) {
            throw refused(REFERRED_TO_INVALID);
        }
        if (!decisionId.equals(votesOpen.get(proposalId))) {
            if (decisionsVoted.contains(decisionId)) {
                return Optional.empty();
            }
            throw refused(PROPOSAL_NOT_UNDER_VOTE);
        }
        return Optional.of(new ProposalVotedEvent(meetingId, proposalId, decisionId, outcome));
    }

    int votesOpen() {
        return votesOpen.size();
    }

    private String existingProposal(String given) {
        String proposalId = Required.id(given, () -> refused(PROPOSAL_ID_REQUIRED));
        if (!proposals.containsKey(proposalId)) {
            throw refused(PROPOSAL_UNKNOWN, proposalId);
        }
        return proposalId;
    }

    ActionItemRecordedEvent action(String meetingId, RecordActionItemCommand command, Agenda agenda,
                                   References references) {
        String actionId = Required.id(command.actionId(), () -> refused(ACTION_ID_REQUIRED));
        if (actions.contains(actionId)) {
            throw refusedOn("actionId", ID_TAKEN, actionId);
        }
        agenda.existing(command.itemId());
        String what = Required.text(command.what(), () -> refused(WHAT_REQUIRED));
        String organisation = Required.optional(command.ownerOrganisationId());
        String person = Required.optional(command.ownerPersonId());
        if ((organisation == null) == (person == null)) {
            throw refused(ACTION_OWNER_INVALID);
        }
        references.organisation(organisation, "ownerOrganisationId");
        references.person(person, "ownerPersonId");
        return new ActionItemRecordedEvent(meetingId, actionId, command.itemId(), what, organisation, person,
                MeetingDates.inRange(Required.value(command.dueDate(), () -> refused(DUE_DATE_REQUIRED)), "dueDate"));
    }

    private static String referredTo(ProposalOutcome outcome, String bodyId, References references) {
        String referredTo = Required.optional(bodyId);
        if ((outcome == ProposalOutcome.REFERRED) != (referredTo != null)) {
            throw refused(REFERRED_TO_INVALID);
        }
        return references.body(referredTo, "referredToBodyId");
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
    void on(ProposalPutToVoteEvent event) {
        votesOpen.put(event.proposalId(), event.decisionId());
    }

    @EventSourcingHandler
    void on(ProposalVotedEvent event) {
        votesOpen.remove(event.proposalId());
        decisionsVoted.add(event.decisionId());
        proposals.put(event.proposalId(), outcomeOf(event.outcome(), null));
    }

    @EventSourcingHandler
    void on(ActionItemRecordedEvent event) {
        actions.add(event.actionId());
    }
}
