package fr.entente.document.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Renames a folder of a space's documents (someone who writes in it). */
public record RenameFolderCommand(@TargetAggregateIdentifier String folderId, String cooperationId, String name) {
}
