package fr.entente.document.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Makes an earlier version the current one again, as a new version with the same bytes; made from the version
 * {@code basedOnVersion}, like an upload: refused if someone put up a version since.
 */
public record RestoreVersionCommand(@TargetAggregateIdentifier String documentId, String cooperationId,
                                    int basedOnVersion, int version) {
}
