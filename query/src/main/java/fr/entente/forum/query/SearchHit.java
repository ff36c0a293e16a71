package fr.entente.forum.query;

import java.time.Instant;

/**
 * A post found: where it is, who wrote it, when, and extracts of its title and text with the words found marked
 * ({@code <mark>}; everything else HTML-escaped, so that the extracts are safe to show as they are).
 */
public record SearchHit(String threadId, String postId, String spaceId, String authorId, Instant at, String titleExtract,
                        String textExtract, float score) {
}
