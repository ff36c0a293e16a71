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
        Optional<List<FolderView>> chain = chain(cooperationId, spaceId, folderId);
        if (chain.isEmpty()) {
            return FolderAccess.NONE;
        }
        if (inSpace == FolderAccess.NONE) {
            return grantedToRead(cooperationId, personId, chain.get());
        }
        return FolderRights.accessOf(personId, inSpace, chain.get().stream().map(FolderView::rights).toList());
    }

    /**
     * Someone outside the space reads a folder opened to a space they sit in (a committee's), on it or above it; the
     * space's root and every other folder stay out of their sight.
     */
    private FolderAccess grantedToRead(String cooperationId, String personId, List<FolderView> chain) {
        boolean granted = chain.stream().flatMap(folder -> folder.readerSpaceIds().stream()).distinct()
                               .anyMatch(readers -> roster.roleOf(cooperationId, readers, personId).isPresent());
        return granted ? FolderAccess.READ : FolderAccess.NONE;
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

    /** The folders from the top down to this one; empty if a folder on the way is not of that space. */
    private Optional<List<FolderView>> chain(String cooperationId, String spaceId, String folderId) {
        Deque<FolderView> chain = new ArrayDeque<>();
        String next = folderId;
        while (next != null) {
            Optional<FolderView> folder = store.folder(next).filter(found -> found.cooperationId().equals(cooperationId)
                                                                             && found.spaceId().equals(spaceId));
            if (folder.isEmpty() || chain.size() >= DEEPEST) {
                return Optional.empty();
            }
            chain.addFirst(folder.get());
            next = folder.get().parentFolderId();
        }
        return Optional.of(List.copyOf(chain));
    }
}
