package fr.entente.web.meeting;

import fr.entente.decision.api.ConcernKind;
import fr.entente.decision.api.DecisionLimits;
import fr.entente.decision.api.DecisionMode;
import fr.entente.meeting.api.MeetingRefusal;
import fr.entente.meeting.query.MeetingStatus;
import fr.entente.meeting.api.PutProposalToVoteCommand;
import fr.entente.meeting.query.MeetingView;
import fr.entente.meeting.query.ProposalView;
import fr.entente.web.decision.DecisionRequests;
import fr.entente.web.decision.Decisions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import static fr.entente.meeting.api.MeetingRefusedException.refused;

/**
 * Puts a proposal of the record to the body's vote during its meeting: a live decision of the body (decision
 * context), its question the proposal's text, concerning that proposal; the meeting then knows the proposal is under
 * that vote, and takes the vote's outcome when the decision closes ({@link ProposalVoteOutcomes}).
 * <p>
 * The decision is opened first: a meeting never waits on a vote that was not opened. What the meeting would refuse
 * is checked on its read model before; should the meeting refuse all the same (two officers at once), the decision
 * stays open on its page, where the officer closes it, and its outcome goes nowhere.
 */
@Component
public class ProposalVotes {

    private static final Logger log = LoggerFactory.getLogger(ProposalVotes.class);

    private final MeetingAccess access;
    private final MeetingCommands commands;
    private final Decisions decisions;

    ProposalVotes(MeetingAccess access, MeetingCommands commands, Decisions decisions) {
        this.access = access;
        this.commands = commands;
        this.decisions = decisions;
    }

    public MeetingResults.ProposalPutToVote putToVote(String cooperationId, String meetingId, String proposalId) {
        SeenMeeting seen = access.seen(cooperationId, meetingId);
        if (!seen.manager()) {
            throw refused(MeetingRefusal.OFFICER_OR_CONVENOR_REQUIRED);
        }
        MeetingView meeting = seen.meeting();
        if (meeting.status() != MeetingStatus.LIVE) {
            throw refused(meeting.status() == MeetingStatus.SCHEDULED ? MeetingRefusal.NOT_STARTED : MeetingRefusal.ENDED);
        }
        ProposalView proposal = meeting.proposals().stream().filter(known -> known.proposalId().equals(proposalId))
                                       .findFirst().orElseThrow(() -> refused(MeetingRefusal.PROPOSAL_UNKNOWN, proposalId));
        if (proposal.voteOpen()) {
            throw refused(MeetingRefusal.PROPOSAL_VOTE_OPEN);
        }
        String decisionId = decisions.open(cooperationId, meeting.bodyId(), new DecisionRequests.NewDecision(
                question(proposal.text()), null, null, ConcernKind.PROPOSAL, proposalId, null, null, DecisionMode.LIVE,
                null, meetingId, false)).decisionId();
        try {
            commands.send(cooperationId, new PutProposalToVoteCommand(meetingId, proposalId, decisionId));
        } catch (RuntimeException refusedMeanwhile) {
            log.warn("Decision {} was opened for proposal {} of meeting {}, which then refused the vote: it stays open on its page",
                     decisionId, proposalId, meetingId);
            throw refusedMeanwhile;
        }
        return new MeetingResults.ProposalPutToVote(meetingId, proposalId, decisionId);
    }

    /** The proposal's text as the question, cut to the question's length with an ellipsis when longer. */
    static String question(String text) {
        String question = text.strip();
        return question.length() <= DecisionLimits.QUESTION ? question
                : question.substring(0, DecisionLimits.QUESTION - 1).strip() + "…";
    }
}
