package fr.entente.decision.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/**
 * Opens a decision of a body. {@code options} empty or {@code null}: pour, contre, abstention. {@code quorum}
 * {@code null}: half of the voting centres (rounded up). {@code majority} {@code null}: simple. {@code deadline}: for
 * an asynchronous decision only, at least an hour ahead. {@code meetingId}: the meeting a live decision is voted in,
 * if any. {@code partnersVote}: the body's partners vote too (each its own vote), where the body's rule says so.
 */
public record OpenDecisionCommand(@TargetAggregateIdentifier String decisionId, String cooperationId, String bodyId,
                                  String question, String text, List<String> options, Concern concern,
                                  Integer quorum, Majority majority, DecisionMode mode, Instant deadline,
                                  String meetingId, boolean partnersVote) {
}
