package fr.entente.forum.query;

import fr.entente.common.query.LogPosition;
import fr.entente.forum.api.MembersMentionedEvent;
import fr.entente.live.query.LiveTopics;
import fr.entente.live.query.LiveUpdateJournal;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who is told of a post, as the threads' projection applies it: the thread's followers (a new post in a thread they
 * follow), the members it mentions, everyone in the space for {@code @espace}; never its author. Each person's bell
 * then gets their new unread count on {@link LiveTopics#notifications}.
 */
@Component
class ThreadNotifications {

    static final String TYPE = "notifications";

    private final NotificationStore store;
    private final ForumSpacesProjection spaces;
    private final LiveUpdateJournal live;

    ThreadNotifications(NotificationStore store, ForumSpacesProjection spaces, LiveUpdateJournal live) {
        this.store = store;
        this.spaces = spaces;
        this.live = live;
    }

    /** The followers of a thread are told of its new post (before its author joins them). */
    void written(ThreadView thread, PostView post, LogPosition position, Instant at) {
        Set<String> told = new LinkedHashSet<>(thread.followers());
        told.remove(post.authorId());
        told.forEach(person -> store.notify(notification(thread, post, person, NotificationKind.REPLY, position, at)));
        publishCounts(told, position);
    }

    void mentioned(ThreadView thread, MembersMentionedEvent event, LogPosition position, Instant at) {
        PostView post = thread.post(event.postId()).orElse(null);
        if (post == null || post.deleted()) {
            return;
        }
        Set<String> told = new LinkedHashSet<>();
        if (event.wholeSpace()) {
            spaces.handle(new FindForumSpaceQuery(thread.spaceId())).ifPresent(space -> space.members().forEach(member -> {
                if (!member.personId().equals(post.authorId())) {
                    store.notify(notification(thread, post, member.personId(), NotificationKind.SPACE_MENTION, position, at));
                    told.add(member.personId());
                }
            }));
        }
        for (String person : event.personIds()) {
            if (!person.equals(post.authorId())) {
                store.notify(notification(thread, post, person, NotificationKind.MENTION, position, at));
                told.add(person);
            }
        }
        publishCounts(told, position);
    }

    void deleted(String postId, LogPosition position) {
        publishCounts(store.forgetPost(postId), position);
    }

    void clear() {
        store.clear();
    }

    List<NotificationView> latest(String personId, int limit) {
        return store.latest(personId, limit);
    }

    long unreadCount(String personId) {
        return store.unreadCount(personId);
    }

    private void publishCounts(Collection<String> people, LogPosition position) {
        for (String person : new LinkedHashSet<>(people)) {
            live.publishState(LiveTopics.notifications(person), position, TYPE, Map.of("unread", store.unreadCount(person)));
        }
    }

    private static NotificationView notification(ThreadView thread, PostView post, String personId, NotificationKind kind,
                                                 LogPosition position, Instant at) {
        return new NotificationView(personId + "/" + post.postId(), personId, thread.cooperationId(), thread.spaceId(),
                                    thread.threadId(), thread.title(), post.postId(), kind, post.authorId(), at,
                                    position.known() ? position.value() : post.position(), false);
    }

}
