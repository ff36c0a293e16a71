package fr.entente.forum.api;


import org.axonframework.serialization.Revision;

/** A moderator unpinned a thread. */
@Revision("1")
public record ThreadUnpinnedEvent(String threadId, String unpinnedBy) {
}
