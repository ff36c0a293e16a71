package fr.entente.document.api;

import java.util.List;

/**
 * Who may see and write a folder, on top of what its parent allows. Inherited by default (nothing added); restricted,
 * only the people of {@code memberIds} see it (and the space's moderators, who manage every folder); and whatever the
 * mode, the people of {@code readOnlyIds} only read it. A subfolder never opens what its parent closes.
 *
 * @param restricted  whether only {@code memberIds} see the folder
 * @param memberIds   who sees a restricted folder (empty when inherited)
 * @param readOnlyIds who sees it but uploads, renames and trashes nothing there
 */
public record FolderRights(boolean restricted, List<String> memberIds, List<String> readOnlyIds) {

    public static final FolderRights INHERITED = new FolderRights(false, List.of(), List.of());

    public FolderRights {
        memberIds = memberIds == null ? List.of() : List.copyOf(memberIds);
        readOnlyIds = readOnlyIds == null ? List.of() : List.copyOf(readOnlyIds);
    }

    public static FolderRights restrictedTo(List<String> memberIds) {
        return new FolderRights(true, memberIds, List.of());
    }

    /**
     * What this person may do in a folder whose rights, from the top folder down to itself, are {@code chain}, when
     * their role in the space gives them {@code inSpace} at its root ({@link FolderAccess#NONE} outside the space,
     * {@link FolderAccess#MANAGE} for a moderator, {@link FolderAccess#WRITE} for any other member).
     */
    public static FolderAccess accessOf(String personId, FolderAccess inSpace, List<FolderRights> chain) {
        if (inSpace == FolderAccess.NONE || inSpace == FolderAccess.MANAGE) {
            return inSpace;
        }
        FolderAccess access = inSpace;
        for (FolderRights rights : chain) {
            if (rights.restricted() && !rights.memberIds().contains(personId)) {
                return FolderAccess.NONE;
            }
            if (rights.readOnlyIds().contains(personId)) {
                access = FolderAccess.READ;
            }
        }
        return access;
    }
}
