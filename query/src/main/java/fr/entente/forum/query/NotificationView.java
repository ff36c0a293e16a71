package fr.entente.forum.query;

import java.time.Instant;

/** A person's notification of a post: where, why, by whom, when, and whether they have read it. */
public record NotificationView(String notificationId, String personId, String cooperationId, String spaceId,
                               String threadId, String threadTitle, String postId, NotificationKind kind,
                               String actorId, Instant at, long position, boolean read) {
}
