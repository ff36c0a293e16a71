package fr.entente.web.decision;

import fr.entente.decision.query.DecisionView;

/**
 * A decision as one person sees it: whether they manage it (the body's officer or convenor, an administrator), and
 * the centre they vote for, if any (their own, if it votes and they sit in the body; or the centre whose delegate
 * they are).
 */
public record SeenDecision(DecisionView decision, String personId, boolean manager, String votesFor,
                           String organisationId) {

    public boolean voter() {
        return votesFor != null;
    }

    /** The option the person's centre chose so far, or {@code null}. */
    public String currentVote() {
        return votesFor == null ? null : decision.votes().stream().filter(vote -> vote.organisationId().equals(votesFor))
                                                 .map(vote -> vote.option()).findFirst().orElse(null);
    }

    /** Whether the person may designate or revoke a delegate: a member of the body from a voting centre. */
    public boolean mayDelegate(boolean sitsInBody) {
        return sitsInBody && organisationId != null && decision.electorate().contains(organisationId);
    }
}
