package fr.entente.web.decision.rest;

import fr.entente.decision.api.OptionCount;
import fr.entente.decision.query.DecisionView;

import java.util.List;
import java.util.Map;

/**
 * A decision with the names of the people and organisations it names, the tally as it stands, and what the asking
 * person may do: the centre they vote for (or {@code null}) and whether they manage it.
 */
public record DecisionResponse(DecisionView decision, List<OptionCount> tally, Map<String, String> people,
                               Map<String, String> organisations, String youVoteFor, boolean youManage) {
}
