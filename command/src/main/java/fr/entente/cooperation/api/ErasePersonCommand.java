package fr.entente.cooperation.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Erases a person's personal data (seed 002, art. 7.4): removed from the cooperation first if they still belong to it,
 * they become "personne supprimée" everywhere; the log keeps their identifier on their past acts, and still verifies.
 */
public record ErasePersonCommand(@TargetAggregateIdentifier String cooperationId, String personId) {
}
