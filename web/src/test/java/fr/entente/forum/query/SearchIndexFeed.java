package fr.entente.forum.query;

import fr.entente.common.query.LogPosition;
import fr.entente.forum.api.PostWrittenEvent;
import fr.entente.forum.api.ThreadStartedEvent;

import java.io.IOException;
import java.time.Instant;

/**
 * For the forum's benchmark: the search index's own event handlers (package-private, as Axon calls them), so that
 * the benchmark writes its 100,000 posts through the index's projection path, as the processor applies the log.
 */
public final class SearchIndexFeed {

    private final ForumSearchIndex index;

    public SearchIndexFeed(ForumSearchIndex index) {
        this.index = index;
    }

    public void apply(ThreadStartedEvent event, Instant at, long position) throws IOException {
        index.on(event, at, LogPosition.of(position));
    }

    public void apply(PostWrittenEvent event, Instant at, long position) throws IOException {
        index.on(event, at, LogPosition.of(position));
    }
}
