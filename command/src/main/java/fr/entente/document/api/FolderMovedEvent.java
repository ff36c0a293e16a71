package fr.entente.document.api;

import org.axonframework.serialization.Revision;

/** A folder, with what it holds, was moved from one parent to another of its space ({@code null}: the root). */
@Revision("1")
public record FolderMovedEvent(String folderId, String fromParentFolderId, String toParentFolderId, String movedBy) {
}
