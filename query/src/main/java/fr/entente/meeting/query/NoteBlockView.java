package fr.entente.meeting.query;

import java.time.Instant;

/**
 * A block of notes on an agenda item at its latest version. A conflicting copy names the block it conflicts with
 * ({@code conflictOf}) and the version it lost to ({@code lostToVersion}); both are {@code null} otherwise.
 */
public record NoteBlockView(String itemId, String blockId, int version, String text, String authorId, String conflictOf,
                            Integer lostToVersion, Instant savedAt) {

    NoteBlockView savedAs(String newItemId, int newVersion, String newText, String newAuthorId, Instant at) {
        return new NoteBlockView(newItemId, blockId, newVersion, newText, newAuthorId, conflictOf, lostToVersion, at);
    }
}
