package fr.entente.meeting;

/** A block of notes on an agenda item: its current version and text, and how many conflicting copies it has. */
record NoteBlock(String itemId, int version, String text, int conflicts) {
}
