package fr.entente.forum.query;

/** One thread with its posts; empty if there is none. */
public record FindForumThreadQuery(String threadId) {
}
