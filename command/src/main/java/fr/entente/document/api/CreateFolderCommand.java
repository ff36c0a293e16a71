package fr.entente.document.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Creates a folder in a space's documents, at its root ({@code parentFolderId} {@code null}) or in a folder; its rights are inherited. */
public record CreateFolderCommand(@TargetAggregateIdentifier String folderId, String cooperationId, String spaceId, String parentFolderId, String name) {
}
