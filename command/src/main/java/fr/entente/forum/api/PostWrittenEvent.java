package fr.entente.forum.api;


import org.axonframework.serialization.Revision;

/** A post was written in a thread, in Markdown; {@code replyToPostId} and {@code quotedPostId} name posts of the thread, or are null. */
@Revision("1")
public record PostWrittenEvent(String threadId, String postId, String authorId, String text, String replyToPostId, String quotedPostId) {
}
