package fr.entente.forum.api;


import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Starts a thread in a space with its first post (Markdown), optionally linked to a meeting of the cooperation. */
public record StartThreadCommand(@TargetAggregateIdentifier String threadId, String cooperationId, String spaceId, String postId, String title, String text, String meetingId, Mentions mentions) {
}
