package fr.entente.web.meeting;

import fr.entente.common.api.RefusedException;
import fr.entente.common.query.LogPosition;
import fr.entente.decision.api.ConcernKind;
import fr.entente.decision.api.DecisionClosedEvent;
import fr.entente.decision.api.DecisionOutcome;
import fr.entente.decision.query.DecisionView;
import fr.entente.decision.query.FindDecisionQuery;
import fr.entente.infra.audit.Actor;
import fr.entente.meeting.api.MeetingRefusal;
import fr.entente.meeting.api.ProposalOutcome;
import fr.entente.meeting.api.RecordProposalVoteCommand;
import fr.entente.web.application.ReadModels;
import fr.entente.web.application.PersonCommands;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Takes the outcome of a vote on a proposal to the meeting's record when its decision closes: adopted or rejected as
 * the decision computed it; without quorum, deferred. Sent as the hub ({@link Actor#system}), in answer to the close.
 * <p>
 * Its processing group reads the log from its start and never skips a close: a failure stops it and it retries. A
 * vote the meeting is not under (a decision opened for a proposal the meeting then refused) is logged and passed.
 */
@Component
@ProcessingGroup(ProposalVoteOutcomes.PROCESSING_GROUP)
public class ProposalVoteOutcomes {

    static final String PROCESSING_GROUP = "meeting-proposal-votes";
    /** The decisions' read model, which says what a decision concerns and in which meeting. */
    private static final String DECISIONS = "decisions";
    private static final Duration READ_MODEL_WAIT = Duration.ofSeconds(20);
    private static final Set<String> ALREADY_DONE_OR_ELSEWHERE = Set.of(MeetingRefusal.PROPOSAL_NOT_UNDER_VOTE.code(),
                                                                        MeetingRefusal.PROPOSAL_UNKNOWN.code());

    private static final Logger log = LoggerFactory.getLogger(ProposalVoteOutcomes.class);

    private final QueryGateway queries;
    private final PersonCommands commands;
    private final ReadModels readModels;

    ProposalVoteOutcomes(QueryGateway queries, PersonCommands commands, ReadModels readModels) {
        this.queries = queries;
        this.commands = commands;
        this.readModels = readModels;
    }

    @EventHandler
    void on(DecisionClosedEvent event, LogPosition position) {
        if (position.known() && !readModels.awaitProcessed(position.value(), READ_MODEL_WAIT, List.of(DECISIONS))) {
            throw new IllegalStateException("the decisions' read model has not reached " + position + " yet");
        }
        Optional<DecisionView> decision = queries.query(new FindDecisionQuery(event.decisionId()),
                                                        ResponseTypes.optionalInstanceOf(DecisionView.class)).join();
        decision.filter(ProposalVoteOutcomes::onAProposalOfAMeeting).ifPresent(voted -> record(voted, event.outcome()));
    }

    private void record(DecisionView decision, DecisionOutcome outcome) {
        try {
            commands.sendAs(Actor.system(decision.cooperationId()), new RecordProposalVoteCommand(
                    decision.meetingId(), decision.concern().referenceId(), decision.decisionId(), outcomeOf(outcome)));
        } catch (RefusedException refused) {
            if (!ALREADY_DONE_OR_ELSEWHERE.contains(refused.code())) {
                throw refused;
            }
            log.info("Decision {} closed; meeting {} does not take its outcome ({})", decision.decisionId(),
                     decision.meetingId(), refused.code());
        }
    }

    private static boolean onAProposalOfAMeeting(DecisionView decision) {
        return decision.meetingId() != null && decision.concern() != null
               && decision.concern().kind() == ConcernKind.PROPOSAL && decision.concern().referenceId() != null;
    }

    static ProposalOutcome outcomeOf(DecisionOutcome outcome) {
        return switch (outcome) {
            case ADOPTED -> ProposalOutcome.ADOPTED;
            case REJECTED -> ProposalOutcome.REJECTED;
            case NO_QUORUM -> ProposalOutcome.DEFERRED;
        };
    }
}
