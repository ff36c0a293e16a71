package fr.entente.forum.query;

import fr.entente.common.query.LogPosition;
import fr.entente.live.query.LiveTopics;
import fr.entente.live.query.LiveUpdateJournal;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Applies an event's change to a thread's view, once: keeps it ({@link ThreadStore}) and tells the open pages what
 * changed: the thread's page ({@link LiveTopics#forumThread}), and its space's list when the thread's line in it
 * changed ({@link LiveTopics#forumSpace}; both spaces for a move).
 * <p>
 * Idempotent: the view keeps the position of the last event applied, and an event at that position or before
 * (redelivered, or replayed over a view not reset) changes nothing.
 */
@Component
class ThreadChanges {

    static final String TYPE = "thread";
    static final String LIST_TYPE = "threads";

    private final ThreadStore store;
    private final LiveUpdateJournal live;

    ThreadChanges(ThreadStore store, LiveUpdateJournal live) {
        this.store = store;
        this.live = live;
    }

    void create(ThreadView view, LogPosition position) {
        if (store.find(view.threadId()).isEmpty()) {
            apply(view, null, position, List.of("thread"));
        }
    }

    /** A change to a known thread; an unknown one is left alone (its start was never seen here). */
    void change(String threadId, LogPosition position, Instant at, boolean activity, Consumer<ThreadView> change,
                String... changes) {
        Optional<ThreadView> stored = store.find(threadId);
        if (stored.isEmpty() || position.notAfter(stored.get().position())) {
            return;
        }
        ThreadView view = stored.get();
        String spaceBefore = view.spaceId();
        ThreadSummary before = view.summary();
        change.accept(view);
        if (activity) {
            view.lastActivityAt = at;
        }
        apply(view, before, position, List.of(changes));
        if (!spaceBefore.equals(view.spaceId())) {
            live.publishChanges(LiveTopics.forumSpace(view.cooperationId(), spaceBefore), position, LIST_TYPE,
                                List.of(LIST_TYPE));
        }
    }

    private void apply(ThreadView view, ThreadSummary before, LogPosition position, List<String> changes) {
        if (position.known()) {
            view.position = position.value();
        }
        store.save(view);
        live.publishChanges(LiveTopics.forumThread(view.cooperationId(), view.threadId()), position, TYPE, changes);
        if (before == null || !Objects.equals(before, view.summary())) {
            live.publishChanges(LiveTopics.forumSpace(view.cooperationId(), view.spaceId()), position, LIST_TYPE,
                                List.of(LIST_TYPE));
        }
    }
}
