package fr.entente.document.api;

/**
 * What a person may do in a folder of a space's documents, as the command handlers need it: the query side keeps
 * folders and their rights from the log and asks the forum who is in the space; command handlers receive it as a
 * resource. Keyed by cooperation and space, so a folder of another cooperation or space is {@link FolderAccess#NONE}.
 * Like any read model it follows the log a moment behind.
 */
public interface DocumentAccess {

    /** The person's access to that folder of that space ({@code folderId} {@code null}: the space's root). */
    FolderAccess of(String cooperationId, String spaceId, String folderId, String personId);

}
