package fr.entente.document.api;

/** What a person may do in a folder (or at the root of a space's documents), weakest first. */
public enum FolderAccess {
    /** Not in the space, or the folder is restricted to others: it does not exist for them. */
    NONE,
    /** Sees and downloads the documents; uploads nothing, renames nothing. */
    READ,
    /** Also uploads, puts up versions, renames, moves, trashes and restores. */
    WRITE,
    /** A moderator of the space: everything, every folder, and sets folders' rights. */
    MANAGE;

    public boolean reads() {
        return this != NONE;
    }

    public boolean writes() {
        return this == WRITE || this == MANAGE;
    }
}
