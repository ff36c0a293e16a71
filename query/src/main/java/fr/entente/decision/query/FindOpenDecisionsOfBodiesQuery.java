package fr.entente.decision.query;

import java.util.List;

/** The open decisions of these bodies, soonest deadline first: answers {@code List<DecisionSummary>}. */
public record FindOpenDecisionsOfBodiesQuery(List<BodyOfCooperation> bodies) {
}
