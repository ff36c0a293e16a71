package fr.entente.document.query;

import fr.entente.document.api.FolderRights;

/** A folder of a space's documents as the pages and the access rule read it ({@code parentFolderId} {@code null}: at the root). */
public record FolderView(String folderId, String cooperationId, String spaceId, String parentFolderId, String name,
                         FolderRights rights, String createdBy, long position) {

    public FolderView withRights(FolderRights newRights, long newPosition) {
        return new FolderView(folderId, cooperationId, spaceId, parentFolderId, name, newRights, createdBy, newPosition);
    }

    public FolderView withName(String newName, long newPosition) {
        return new FolderView(folderId, cooperationId, spaceId, parentFolderId, newName, rights, createdBy, newPosition);
    }

    public FolderView inParent(String newParentFolderId, long newPosition) {
        return new FolderView(folderId, cooperationId, spaceId, newParentFolderId, name, rights, createdBy, newPosition);
    }
}
