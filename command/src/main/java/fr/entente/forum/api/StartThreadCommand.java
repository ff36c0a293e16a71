package fr.entente.forum.api;


import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Starts a thread in a space with its first post (Markdown), optionally about a meeting and about a decision of the
 * cooperation.
 */
public record StartThreadCommand(@TargetAggregateIdentifier String threadId, String cooperationId, String spaceId, String postId, String title, String text, String meetingId, String decisionId, Mentions mentions) {

    /** A thread about no decision. */
    public StartThreadCommand(String threadId, String cooperationId, String spaceId, String postId, String title,
                              String text, String meetingId, Mentions mentions) {
        this(threadId, cooperationId, spaceId, postId, title, text, meetingId, null, mentions);
    }
}
