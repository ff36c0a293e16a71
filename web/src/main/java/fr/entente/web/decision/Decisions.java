package fr.entente.web.decision;

import fr.entente.decision.api.AnnulDecisionCommand;
import fr.entente.decision.api.CastVoteCommand;
import fr.entente.decision.api.CloseDecisionCommand;
import fr.entente.decision.api.Concern;
import fr.entente.decision.api.DesignateDelegateCommand;
import fr.entente.decision.api.OpenDecisionCommand;
import fr.entente.decision.api.RecordCentreVoteCommand;
import fr.entente.decision.api.RevokeDelegateCommand;
import fr.entente.infra.audit.Actor;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * The decisions' application layer, which the API and the pages share: open, vote, designate and revoke a delegate,
 * close, annul. The aggregate decides who may and whether the decision allows it.
 */
@Component
public class Decisions {

    private final DecisionCommands commands;

    Decisions(DecisionCommands commands) {
        this.commands = commands;
    }

    public DecisionResults.Opened open(String cooperationId, String bodyId, DecisionRequests.NewDecision request) {
        String decisionId = UUID.randomUUID().toString();
        Concern concern = request.concernKind() == null && request.concernReference() == null ? null
                          : new Concern(request.concernKind(), request.concernReference());
        commands.send(cooperationId, new OpenDecisionCommand(decisionId, cooperationId, bodyId,
                request.question(), request.text(), request.options(), concern, request.quorum(), request.majority(),
                request.mode(), request.deadline(), request.meetingId(), request.partnersVote()));
        return new DecisionResults.Opened(decisionId, cooperationId, bodyId);
    }

    public DecisionResults.VoteCast vote(String cooperationId, String decisionId, DecisionRequests.Vote request) {
        commands.send(cooperationId, new CastVoteCommand(decisionId, request.option()));
        return new DecisionResults.VoteCast(decisionId, request.option());
    }

    /** A vote cast by a person the hub identified otherwise than by a session (a signed link, a reply by mail). */
    public void voteAs(Actor voter, String decisionId, String option) {
        commands.sendAs(voter, new CastVoteCommand(decisionId, option));
    }

    /** At the meeting, the officer records the vote a present centre gave by show of hands. */
    public DecisionResults.VoteRecorded recordVote(String cooperationId, String decisionId,
                                                   DecisionRequests.RecordedVote request) {
        commands.send(cooperationId, new RecordCentreVoteCommand(decisionId, request.organisationId(), request.option()));
        return new DecisionResults.VoteRecorded(decisionId, request.organisationId(), request.option());
    }

    public void designate(String cooperationId, String decisionId, DecisionRequests.Delegate request) {
        commands.send(cooperationId, new DesignateDelegateCommand(decisionId, request.delegateId()));
    }

    public void revoke(String cooperationId, String decisionId) {
        commands.send(cooperationId, new RevokeDelegateCommand(decisionId));
    }

    public void close(String cooperationId, String decisionId) {
        commands.send(cooperationId, new CloseDecisionCommand(decisionId));
    }

    /** Closed by the hub at the deadline. */
    public void closeAtDeadline(String cooperationId, String decisionId) {
        commands.sendAs(Actor.system(cooperationId), new CloseDecisionCommand(decisionId));
    }

    public void annul(String cooperationId, String decisionId, DecisionRequests.Annulment request) {
        commands.send(cooperationId, new AnnulDecisionCommand(decisionId, request.reason()));
    }
}
