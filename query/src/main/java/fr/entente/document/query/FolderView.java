package fr.entente.document.query;

import fr.entente.document.api.FolderRights;

import java.util.ArrayList;
import java.util.List;

/**
 * A folder of a space's documents as the pages and the access rule read it ({@code parentFolderId} {@code null}: at the
 * root); {@code readerSpaceIds}: other spaces of the cooperation whose people read it (a study's results, opened to
 * the technical committee).
 */
public record FolderView(String folderId, String cooperationId, String spaceId, String parentFolderId, String name,
                         FolderRights rights, String createdBy, long position, List<String> readerSpaceIds) {

    public FolderView {
        // views stored before the grants existed have none
        readerSpaceIds = readerSpaceIds == null ? List.of() : List.copyOf(readerSpaceIds);
    }

    public FolderView(String folderId, String cooperationId, String spaceId, String parentFolderId, String name,
                      FolderRights rights, String createdBy, long position) {
        this(folderId, cooperationId, spaceId, parentFolderId, name, rights, createdBy, position, List.of());
    }

    public FolderView readableBy(String readerSpaceId, long newPosition) {
        List<String> readers = new ArrayList<>(readerSpaceIds);
        if (!readers.contains(readerSpaceId)) {
            readers.add(readerSpaceId);
        }
        return new FolderView(folderId, cooperationId, spaceId, parentFolderId, name, rights, createdBy, newPosition,
                              readers);
    }

    public FolderView withRights(FolderRights newRights, long newPosition) {
        return new FolderView(folderId, cooperationId, spaceId, parentFolderId, name, newRights, createdBy, newPosition, readerSpaceIds);
    }

    public FolderView withName(String newName, long newPosition) {
        return new FolderView(folderId, cooperationId, spaceId, parentFolderId, newName, rights, createdBy, newPosition, readerSpaceIds);
    }

    public FolderView inParent(String newParentFolderId, long newPosition) {
        return new FolderView(folderId, cooperationId, spaceId, newParentFolderId, name, rights, createdBy, newPosition, readerSpaceIds);
    }
}
