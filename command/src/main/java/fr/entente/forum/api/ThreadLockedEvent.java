package fr.entente.forum.api;


import org.axonframework.serialization.Revision;

/** A moderator locked a thread: nobody writes in it until it is unlocked. */
@Revision("1")
public record ThreadLockedEvent(String threadId, String lockedBy) {
}
