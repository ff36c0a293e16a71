package fr.entente.document.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sets who may see and write a folder (a moderator of the space). */
public record SetFolderRightsCommand(@TargetAggregateIdentifier String folderId, String cooperationId, FolderRights rights) {
}
