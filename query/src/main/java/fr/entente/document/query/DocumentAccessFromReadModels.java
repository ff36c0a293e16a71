package fr.entente.document.query;

import fr.entente.document.api.DocumentAccess;
import fr.entente.document.api.FolderAccess;
import fr.entente.document.api.FolderRights;
import fr.entente.document.api.FolderTree;
import fr.entente.forum.api.SpaceRole;
import fr.entente.forum.api.SpaceRoster;
import org.springframework.stereotype.Component;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * What a person may do in a folder, for the command handlers and the web layer alike: their role in the forum space
 * (domain rule 2: who sees the space sees its documents; the forum's {@link SpaceRoster}, which follows a body's
 * roster), then the rights of every folder from the top down to this one ({@link FolderRights#accessOf}). A folder of
 * another cooperation or space, or one that does not exist, gives {@link FolderAccess#NONE}.
 */
@Component
public class DocumentAccessFromReadModels implements DocumentAccess, FolderTree {

    /** Deeper than any folder tree people build; a guard, should the log ever hold a loop. */
    private static final int DEEPEST = 64;

    private final DocumentStore store;
    private final SpaceRoster roster;

    DocumentAccessFromReadModels(DocumentStore store, SpaceRoster roster) {
        this.store = store;
        this.roster = roster;
    }

    @Override
    public FolderAccess of(String cooperationId, String spaceId, String folderId, String personId) {
        if (cooperationId == null || spaceId == null || personId == null) {
            return FolderAccess.NONE;
        }
        FolderAccess inSpace = roster.roleOf(cooperationId, spaceId, personId)
                                     .map(role -> role == SpaceRole.MODERATOR ? FolderAccess.MANAGE : FolderAccess.WRITE)
                                     .orElse(FolderAccess.NONE);
        if (inSpace == FolderAccess.NONE) {
            return FolderAccess.NONE;
        }
        return chain(cooperationId, spaceId, folderId).map(chain -> FolderRights.accessOf(personId, inSpace, chain))
                                                      .orElse(FolderAccess.NONE);
    }

    @Override
    public List<String> pathUp(String cooperationId, String spaceId, String folderId) {
        List<String> path = new java.util.ArrayList<>();
        String next = folderId;
        while (next != null && path.size() < DEEPEST) {
            Optional<FolderView> folder = store.folder(next).filter(found -> found.cooperationId().equals(cooperationId)
                                                                             && found.spaceId().equals(spaceId));
            if (folder.isEmpty()) {
                return List.of();
            }
            path.add(next);
            next = folder.get().parentFolderId();
        }
        return List.copyOf(path);
    }

    /** The rights from the top folder down to this one; empty if a folder on the way is not of that space. */
    private Optional<List<FolderRights>> chain(String cooperationId, String spaceId, String folderId) {
        Deque<FolderRights> chain = new ArrayDeque<>();
        String next = folderId;
        while (next != null) {
            Optional<FolderView> folder = store.folder(next).filter(found -> found.cooperationId().equals(cooperationId)
                                                                             && found.spaceId().equals(spaceId));
            if (folder.isEmpty() || chain.size() >= DEEPEST) {
                return Optional.empty();
            }
            chain.addFirst(folder.get().rights());
            next = folder.get().parentFolderId();
        }
        return Optional.of(List.copyOf(chain));
    }
}
