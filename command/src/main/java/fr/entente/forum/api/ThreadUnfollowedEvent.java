package fr.entente.forum.api;

import org.axonframework.serialization.Revision;

/** A member stopped following a thread; replying to it again makes them follow it again. */
@Revision("1")
public record ThreadUnfollowedEvent(String threadId, String personId) {
}
