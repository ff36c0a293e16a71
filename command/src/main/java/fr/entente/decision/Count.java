package fr.entente.decision;

import fr.entente.decision.api.DecisionOptions;
import fr.entente.decision.api.DecisionOutcome;
import fr.entente.decision.api.Majority;
import fr.entente.decision.api.OptionCount;

import java.util.Collection;
import java.util.List;

/**
 * The outcome of the votes at the close. Below the quorum (centres that voted, abstention included): no quorum.
 * With pour / contre / abstention: adopted on more pour than contre (simple), or on at least two thirds of pour among
 * pour and contre (two thirds). With named options: the option with more votes than each other (simple), or with at
 * least two thirds of the votes cast (two thirds); otherwise rejected.
 */
record Count(List<OptionCount> tally, int centresVoted, DecisionOutcome outcome, String adoptedOption) {

    static Count of(List<String> options, Collection<String> votes, int quorum, Majority majority) {
        List<OptionCount> tally = options.stream()
                                         .map(option -> new OptionCount(option, (int) votes.stream().filter(option::equals).count()))
                                         .toList();
        int voted = votes.size();
        if (voted < quorum) {
            return new Count(tally, voted, DecisionOutcome.NO_QUORUM, null);
        }
        return DecisionOptions.standard(options) ? forOrAgainst(tally, voted, majority) : named(tally, voted, majority);
    }

    private static Count forOrAgainst(List<OptionCount> tally, int voted, Majority majority) {
        int pour = tally.get(0).votes();
        int contre = tally.get(1).votes();
        boolean adopted = majority == Majority.TWO_THIRDS ? pour > 0 && 3 * pour >= 2 * (pour + contre) : pour > contre;
        return new Count(tally, voted, adopted ? DecisionOutcome.ADOPTED : DecisionOutcome.REJECTED,
                         adopted ? DecisionOptions.FOR : null);
    }

    private static Count named(List<OptionCount> tally, int voted, Majority majority) {
        OptionCount top = tally.stream().max((a, b) -> Integer.compare(a.votes(), b.votes())).orElseThrow();
        boolean alone = tally.stream().filter(count -> count.votes() == top.votes()).count() == 1;
        boolean adopted = majority == Majority.TWO_THIRDS ? 3 * top.votes() >= 2 * voted : alone;
        return new Count(tally, voted, adopted ? DecisionOutcome.ADOPTED : DecisionOutcome.REJECTED,
                         adopted ? top.option() : null);
    }
}
