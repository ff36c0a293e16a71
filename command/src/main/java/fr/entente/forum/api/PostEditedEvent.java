package fr.entente.forum.api;


import org.axonframework.serialization.Revision;

/** A post was edited: {@code version} is its new version (the first is 1, when written). */
@Revision("1")
public record PostEditedEvent(String threadId, String postId, int version, String text, String editorId) {
}
