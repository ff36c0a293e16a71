package fr.entente.forum.api;


import org.axonframework.serialization.Revision;

/** A moderator pinned a thread at the top of its space. */
@Revision("1")
public record ThreadPinnedEvent(String threadId, String pinnedBy) {
}
