package fr.entente.forum.query;

import fr.entente.common.query.LogPosition;
import fr.entente.cooperation.api.PersonErasedEvent;
import fr.entente.forum.api.*;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The forum's threads as their pages show them ({@link ThreadView}) and the spaces' lists of threads, from the
 * threads' events in the order of the log. A deleted post loses its text and history here; the event keeps them.
 */
@Component
@ProcessingGroup(ForumThreadsProjection.PROCESSING_GROUP)
public class ForumThreadsProjection {

    public static final String PROCESSING_GROUP = "forum";

    private final ThreadStore store;
    private final ThreadChanges threads;
    private final ThreadNotifications notifications;

    ForumThreadsProjection(ThreadStore store, ThreadChanges threads, ThreadNotifications notifications) {
        this.store = store;
        this.threads = threads;
        this.notifications = notifications;
    }

    @ResetHandler
    void reset() {
        store.clear();
        notifications.clear();
    }

    @EventHandler
    void on(ThreadStartedEvent event, @Timestamp Instant at, LogPosition position) {
        threads.create(new ThreadView(event.threadId(), event.cooperationId(), event.spaceId(), event.title(),
                                      event.authorId(), event.meetingId(), event.decisionId(), at), position);
    }

    @EventHandler
    void on(PostWrittenEvent event, @Timestamp Instant at, LogPosition position) {
        threads.change(event.threadId(), position, at, true, thread -> {
            if (thread.post(event.postId()).isEmpty()) {
                PostView post = new PostView(event.postId(), event.authorId(), at, event.text(), event.replyToPostId(),
                                             event.quotedPostId(), Math.max(0, position.value()));
                thread.posts.add(post);
                notifications.written(thread, post, position, at);
                thread.follow(event.authorId());
            }
        }, "posts", "post:" + event.postId());
    }

    @EventHandler
    void on(MembersMentionedEvent event, @Timestamp Instant at, LogPosition position) {
        threads.change(event.threadId(), position, at, false,
                       thread -> notifications.mentioned(thread, event, position, at), "post:" + event.postId());
    }

    @EventHandler
    void on(ThreadFollowedEvent event, @Timestamp Instant at, LogPosition position) {
        threads.change(event.threadId(), position, at, false, thread -> thread.follow(event.personId()), "followers");
    }

    @EventHandler
    void on(ThreadUnfollowedEvent event, @Timestamp Instant at, LogPosition position) {
        threads.change(event.threadId(), position, at, false, thread -> thread.unfollow(event.personId()), "followers");
    }

    @EventHandler
    void on(PostEditedEvent event, @Timestamp Instant at, LogPosition position) {
        threads.change(event.threadId(), position, at, false,
                       thread -> thread.post(event.postId()).ifPresent(post -> post.edit(event.version(), event.text(),
                                                                                         event.editorId(), at)),
                       "post:" + event.postId());
    }

    @EventHandler
    void on(PostDeletedEvent event, @Timestamp Instant at, LogPosition position) {
        threads.change(event.threadId(), position, at, false,
                       thread -> thread.post(event.postId()).ifPresent(post -> {
                           post.delete(event.deletedBy(), at);
                           notifications.deleted(event.postId(), position);
                       }),
                       "post:" + event.postId());
    }

    /**
     * An erased person's posts lose their text and history here, as deleted ones do, and their notifications go; the
     * events keep them in the log (domain rule 6). Threads they started keep their title.
     */
    @EventHandler
    void on(PersonErasedEvent event, @Timestamp Instant at, LogPosition position) {
        for (ThreadView view : store.ofCooperation(event.cooperationId())) {
            if (view.posts().stream().noneMatch(post -> post.authorId().equals(event.personId()) && !post.erased())) {
                continue;
            }
            threads.change(view.threadId(), position, at, false, thread -> thread.posts().stream()
                    .filter(post -> post.authorId().equals(event.personId()) && !post.erased())
                    .forEach(post -> {
                        post.erase(at);
                        notifications.deleted(post.postId(), position);
                    }), "posts");
        }
    }

    @EventHandler
    void on(ThreadPinnedEvent event, @Timestamp Instant at, LogPosition position) {
        threads.change(event.threadId(), position, at, false, thread -> thread.pinned = true, "state");
    }

    @EventHandler
    void on(ThreadUnpinnedEvent event, @Timestamp Instant at, LogPosition position) {
        threads.change(event.threadId(), position, at, false, thread -> thread.pinned = false, "state");
    }

    @EventHandler
    void on(ThreadLockedEvent event, @Timestamp Instant at, LogPosition position) {
        threads.change(event.threadId(), position, at, false, thread -> thread.locked = true, "state");
    }

    @EventHandler
    void on(ThreadUnlockedEvent event, @Timestamp Instant at, LogPosition position) {
        threads.change(event.threadId(), position, at, false, thread -> thread.locked = false, "state");
    }

    @EventHandler
    void on(ThreadMovedEvent event, @Timestamp Instant at, LogPosition position) {
        threads.change(event.threadId(), position, at, false, thread -> thread.spaceId = event.toSpaceId(), "state");
    }

    @EventHandler
    void on(ReactionAddedEvent event, @Timestamp Instant at, LogPosition position) {
        threads.change(event.threadId(), position, at, false,
                       thread -> thread.post(event.postId()).ifPresent(post -> post.react(event.personId(), event.reaction(), true)),
                       "post:" + event.postId());
    }

    @EventHandler
    void on(ReactionWithdrawnEvent event, @Timestamp Instant at, LogPosition position) {
        threads.change(event.threadId(), position, at, false,
                       thread -> thread.post(event.postId()).ifPresent(post -> post.react(event.personId(), event.reaction(), false)),
                       "post:" + event.postId());
    }

    @QueryHandler
    public Optional<ThreadView> handle(FindForumThreadQuery query) {
        return store.find(query.threadId());
    }

    @QueryHandler
    public List<ThreadSummary> handle(FindSpaceThreadsQuery query) {
        return store.summariesOfSpace(query.spaceId());
    }

    @QueryHandler
    public List<ThreadSummary> handle(FindDecisionThreadsQuery query) {
        return store.summariesAboutDecision(query.decisionId());
    }

    @QueryHandler
    public List<NotificationView> handle(FindNotificationsQuery query) {
        return notifications.latest(query.personId(), query.limit());
    }

    @QueryHandler
    public Long handle(CountUnreadNotificationsQuery query) {
        return notifications.unreadCount(query.personId());
    }
}
