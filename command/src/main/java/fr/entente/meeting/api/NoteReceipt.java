package fr.entente.meeting.api;

/**
 * What saving a block of notes did: the block to edit from now on, at its version; for a save that met a newer
 * version, the copy kept next to the block it conflicts with ({@code conflictsWith}, at {@code conflictsWithVersion}).
 */
public record NoteReceipt(String itemId, String blockId, int version, String conflictsWith, Integer conflictsWithVersion) {

    public static NoteReceipt from(NoteBlockSavedEvent saved) {
        return new NoteReceipt(saved.itemId(), saved.blockId(), saved.version(), null, null);
    }

    public static NoteReceipt from(NoteEditConflictedEvent conflict) {
        return new NoteReceipt(conflict.itemId(), conflict.newBlockId(), 1, conflict.originalBlockId(),
                               conflict.currentVersion());
    }

    /** Whether the text was kept as a copy next to a newer version rather than saved over the one read. */
    public boolean conflictingCopy() {
        return conflictsWith != null;
    }
}
