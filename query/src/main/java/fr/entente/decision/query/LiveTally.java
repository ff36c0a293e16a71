package fr.entente.decision.query;

import fr.entente.decision.api.DecisionOutcome;
import fr.entente.decision.api.OptionCount;

import java.util.List;

/**
 * The state in the thin frame a decision's page follows (beside what changed, so that it renders those sections
 * again): the status and the tally as it stands, how many centres voted out of how many; never a name.
 */
public record LiveTally(DecisionStatus status, List<OptionCount> tally, int centresVoted,
                        int electorateSize, DecisionOutcome outcome, String reference) {

    static LiveTally of(DecisionView view) {
        return new LiveTally(view.status(), view.tally(), view.votes().size(), view.electorate().size(),
                             view.outcome(), view.reference());
    }
}
