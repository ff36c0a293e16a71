package fr.entente.decision.query;

import fr.entente.decision.api.ClosingReason;
import fr.entente.decision.api.Concern;
import fr.entente.decision.api.DecisionClosedEvent;
import fr.entente.decision.api.DecisionMode;
import fr.entente.decision.api.DecisionOpenedEvent;
import fr.entente.decision.api.DecisionOutcome;
import fr.entente.decision.api.Majority;
import fr.entente.decision.api.OptionCount;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A decision as its page shows it: the question and text, the options and rule, the centres that vote, each centre's
 * vote as it stands (the votes are open: the body's members see who voted what), the delegates, the tally (live while
 * open, the aggregate's at the close), the outcome, the number in the register, an annulment, and its history.
 * Changes through its withers; {@code position}: the last event of the log applied.
 */
public record DecisionView(String decisionId, String cooperationId, String bodyId, String registerPrefix,
                           String question, String text, List<String> options, Concern concern,
                           List<String> electorate, int quorum, Majority majority, DecisionMode mode,
                           Instant deadline, String meetingId, String openedBy, Instant openedAt,
                           DecisionStatus status, List<VoteView> votes, List<DelegateView> delegates,
                           List<OptionCount> closingTally, ClosingReason closingReason, Instant closedAt,
                           DecisionOutcome outcome, String adoptedOption, Integer number, String reference,
                           String annulmentReason, Instant annulledAt, List<HistoryEntry> history, long position) {

    public DecisionView {
        options = List.copyOf(options);
        electorate = List.copyOf(electorate);
        votes = List.copyOf(votes);
        delegates = List.copyOf(delegates);
        history = List.copyOf(history);
    }

    static DecisionView opened(DecisionOpenedEvent event, String actorId, Instant at) {
        return new DecisionView(event.decisionId(), event.cooperationId(), event.bodyId(), event.registerPrefix(),
                                event.question(), event.text(), event.options(), event.concern(), event.electorate(),
                                event.quorum(), event.majority(), event.mode(), event.deadline(), event.meetingId(),
                                actorId, at, DecisionStatus.OPEN, List.of(), List.of(), null, null, null, null, null,
                                null, null, null, null,
                                List.of(new HistoryEntry("opened", at, actorId, null, null)), -1);
    }

    /** The tally: the aggregate's once closed, else counted from the votes as they stand. */
    public List<OptionCount> tally() {
        if (closingTally != null) {
            return closingTally;
        }
        return options.stream()
                      .map(option -> new OptionCount(option, (int) votes.stream().filter(vote -> vote.option().equals(option)).count()))
                      .toList();
    }

    public boolean open() {
        return status == DecisionStatus.OPEN;
    }

    public List<String> votedOrganisations() {
        return votes.stream().map(VoteView::organisationId).toList();
    }

    public DecisionSummary summary() {
        return new DecisionSummary(decisionId, cooperationId, bodyId, question, mode, deadline, status, outcome,
                                   adoptedOption, number, reference, openedAt, closedAt, votes.size(),
                                   electorate.size(), votedOrganisations(), electorate, annulmentReason);
    }

    DecisionView withVote(String organisationId, String voterId, String option, Instant at) {
        return withVote(new VoteView(organisationId, voterId, option, at, false), "vote");
    }

    /** A centre's vote given at the meeting, recorded by the officer. */
    DecisionView withRecordedVote(String organisationId, String recorderId, String option, Instant at) {
        return withVote(new VoteView(organisationId, recorderId, option, at, true), "vote-recorded");
    }

    private DecisionView withVote(VoteView vote, String what) {
        List<VoteView> changed = new ArrayList<>(votes.stream().filter(cast -> !cast.organisationId().equals(vote.organisationId())).toList());
        changed.add(vote);
        return with(changed, delegates, status, history(what, vote.at(), vote.voterId(), vote.organisationId(), vote.option()));
    }

    DecisionView withDelegate(String organisationId, String delegateId, String actorId, Instant at) {
        List<DelegateView> changed = new ArrayList<>(delegates.stream().filter(d -> !d.organisationId().equals(organisationId)).toList());
        changed.add(new DelegateView(organisationId, delegateId));
        return with(votes, changed, status, history("delegate", at, actorId, organisationId, null));
    }

    DecisionView withoutDelegate(String organisationId, String actorId, Instant at) {
        return with(votes, delegates.stream().filter(d -> !d.organisationId().equals(organisationId)).toList(), status,
                    history("delegate-revoked", at, actorId, organisationId, null));
    }

    DecisionView closed(DecisionClosedEvent event, String actorId, Instant at) {
        return new DecisionView(decisionId, cooperationId, bodyId, registerPrefix, question, text, options, concern,
                                electorate, quorum, majority, mode, deadline, meetingId, openedBy, openedAt,
                                DecisionStatus.CLOSED, votes, delegates, event.tally(), event.reason(), at,
                                event.outcome(), event.adoptedOption(), number, reference, annulmentReason, annulledAt,
                                history("closed", at, actorId, null, event.outcome().name()), position);
    }

    DecisionView numbered(int number, String reference, Instant at) {
        return new DecisionView(decisionId, cooperationId, bodyId, registerPrefix, question, text, options, concern,
                                electorate, quorum, majority, mode, deadline, meetingId, openedBy, openedAt, status,
                                votes, delegates, closingTally, closingReason, closedAt, outcome, adoptedOption, number,
                                reference, annulmentReason, annulledAt,
                                history("numbered", at, "system", null, reference), position);
    }

    DecisionView annulled(String reason, String actorId, Instant at) {
        return new DecisionView(decisionId, cooperationId, bodyId, registerPrefix, question, text, options, concern,
                                electorate, quorum, majority, mode, deadline, meetingId, openedBy, openedAt,
                                DecisionStatus.ANNULLED, votes, delegates, closingTally, closingReason, closedAt,
                                outcome, adoptedOption, number, reference, reason, at,
                                history("annulled", at, actorId, null, reason), position);
    }

    DecisionView at(long position) {
        return new DecisionView(decisionId, cooperationId, bodyId, registerPrefix, question, text, options, concern,
                                electorate, quorum, majority, mode, deadline, meetingId, openedBy, openedAt, status,
                                votes, delegates, closingTally, closingReason, closedAt, outcome, adoptedOption, number,
                                reference, annulmentReason, annulledAt, history, position);
    }

    private DecisionView with(List<VoteView> votes, List<DelegateView> delegates, DecisionStatus status,
                              List<HistoryEntry> history) {
        return new DecisionView(decisionId, cooperationId, bodyId, registerPrefix, question, text, options, concern,
                                electorate, quorum, majority, mode, deadline, meetingId, openedBy, openedAt, status,
                                votes, delegates, closingTally, closingReason, closedAt, outcome, adoptedOption, number,
                                reference, annulmentReason, annulledAt, history, position);
    }

    private List<HistoryEntry> history(String what, Instant at, String actorId, String organisationId, String detail) {
        return Stream.concat(history.stream(), Stream.of(new HistoryEntry(what, at, actorId, organisationId, detail))).toList();
    }
}
