package fr.entente.cooperation.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Creates a body of the cooperation: a steering committee, a technical committee, a working group, or
 * another body, which must then be named. The {@code bodyId} is unique within the cooperation.
 */
public record CreateBodyCommand(@TargetAggregateIdentifier String cooperationId, String bodyId, BodyKind kind, String name) {
}
