package fr.entente.document.api;

import org.axonframework.serialization.Revision;

/** A folder of a space's documents was renamed by this person. */
@Revision("1")
public record FolderRenamedEvent(String folderId, String name, String renamedBy) {
}
