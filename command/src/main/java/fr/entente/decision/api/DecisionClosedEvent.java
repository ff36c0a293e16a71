package fr.entente.decision.api;

import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * A decision closed, with its outcome as the aggregate computed it: the tally per option (in the options' order),
 * how many centres voted out of how many, the quorum, and, for named options, the option adopted.
 */
@Revision("1")
public record DecisionClosedEvent(String decisionId, String cooperationId, String bodyId, String registerPrefix,
                                  ClosingReason reason, List<OptionCount> tally, int centresVoted, int electorateSize,
                                  int quorum, DecisionOutcome outcome, String adoptedOption) {
}
