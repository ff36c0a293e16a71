package fr.entente.forum.query;

import java.time.Instant;

/** A thread as a space's list shows it; {@code lastPostPosition}: where its last post stands in the log. */
public record ThreadSummary(String threadId, String spaceId, String title, String authorId, Instant startedAt,
                            Instant lastActivityAt, String lastAuthorId, int postCount, boolean pinned,
                            boolean locked, String meetingId, long lastPostPosition) {
}
