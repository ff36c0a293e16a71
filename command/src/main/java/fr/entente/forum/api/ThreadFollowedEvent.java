package fr.entente.forum.api;

import org.axonframework.serialization.Revision;

/** A member chose to follow a thread. Its author and those who reply follow it without this event. */
@Revision("1")
public record ThreadFollowedEvent(String threadId, String personId) {
}
