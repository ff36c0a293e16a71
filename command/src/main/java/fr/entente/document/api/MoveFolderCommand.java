package fr.entente.document.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Moves a folder, with its subfolders and documents, into another folder of its space ({@code toParentFolderId}
 * {@code null}: the root); it then inherits the rights of its new parents.
 */
public record MoveFolderCommand(@TargetAggregateIdentifier String folderId, String cooperationId, String toParentFolderId) {
}
