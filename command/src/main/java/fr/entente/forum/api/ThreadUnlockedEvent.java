package fr.entente.forum.api;


import org.axonframework.serialization.Revision;

/** A moderator unlocked a thread. */
@Revision("1")
public record ThreadUnlockedEvent(String threadId, String unlockedBy) {
}
