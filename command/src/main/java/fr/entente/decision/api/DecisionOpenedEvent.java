package fr.entente.decision.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * A decision was opened. {@code electorate}: the organisations that vote (member centres of the body, and its
 * partners where they vote), fixed at the opening; {@code registerPrefix}: the body's prefix in the register (CT…).
 */
@Revision("1")
public record DecisionOpenedEvent(String decisionId, String cooperationId, String bodyId, String registerPrefix,
                                  String question, String text, List<String> options, Concern concern,
                                  List<String> electorate, int quorum, Majority majority, DecisionMode mode,
                                  Instant deadline, String meetingId) {
}
