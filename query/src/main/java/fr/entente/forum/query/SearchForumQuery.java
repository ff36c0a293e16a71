package fr.entente.forum.query;

import java.time.Instant;
import java.util.List;

/**
 * Searches the posts and titles of these spaces (those the person may see; never empty), for {@code text} (French,
 * accents and plurals folded) or posts by one of {@code authorIds}; optionally within one space and between two
 * moments. The best matches first, at most {@code limit}.
 */
public record SearchForumQuery(String cooperationId, List<String> spaceIds, String text, List<String> authorIds,
                               String inSpaceId, Instant from, Instant to, int limit) {

    public SearchForumQuery {
        spaceIds = spaceIds == null ? List.of() : List.copyOf(spaceIds);
        authorIds = authorIds == null ? List.of() : List.copyOf(authorIds);
    }
}
