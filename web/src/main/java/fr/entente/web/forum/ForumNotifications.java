package fr.entente.web.forum;

import fr.entente.forum.query.NotificationStore;
import fr.entente.forum.query.NotificationView;
import fr.entente.live.query.FindTopicPositionQuery;
import fr.entente.live.query.LiveTopics;
import fr.entente.web.security.CurrentPerson;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A person's forum notifications, for the bell of every page, the notifications page and the API: only those of
 * threads the person may still see (one removed from a space is no longer told of it, nor shown what it was), named
 * at reading time; marked read one by one, all at once, or by opening the thread.
 */
@Component
public class ForumNotifications {

    /** A notification as the person reads it; it is identified by its post, since a person has one per post. */
    public record Notification(String notificationId, String kind, String cooperationId, String threadId,
                               String threadTitle, String postId, String actorName, Instant at, boolean read) {
    }

    /** The bell: how many unread, and the live topic (with its position) that keeps the count. */
    public record Bell(long unread, String topic, long position) {
    }

    private static final int LATEST = 100;

    private final NotificationStore store;
    private final ForumAccess access;
    private final ForumNames names;
    private final CurrentPerson currentPerson;
    private final QueryGateway queries;

    ForumNotifications(NotificationStore store, ForumAccess access, ForumNames names, CurrentPerson currentPerson,
                       QueryGateway queries) {
        this.store = store;
        this.access = access;
        this.names = names;
        this.currentPerson = currentPerson;
        this.queries = queries;
    }

    public List<Notification> latest() {
        String personId = currentPerson.personId();
        List<NotificationView> visible = store.latest(personId, LATEST).stream()
                .filter(notification -> access.threadSeenBy(personId, notification.cooperationId(), notification.threadId())
                                              .isPresent())
                .toList();
        Map<String, Map<String, String>> named = new HashMap<>();
        List<Notification> notifications = new ArrayList<>();
        for (NotificationView notification : visible) {
            Map<String, String> people = named.computeIfAbsent(notification.cooperationId(), cooperation -> names.people(
                    cooperation, visible.stream().filter(other -> other.cooperationId().equals(cooperation))
                                        .map(NotificationView::actorId).distinct().toList()));
            notifications.add(new Notification(notification.postId(), notification.kind().name(),
                                               notification.cooperationId(), notification.threadId(),
                                               notification.threadTitle(), notification.postId(),
                                               people.get(notification.actorId()), notification.at(), notification.read()));
        }
        return notifications;
    }

    public Bell bell() {
        String personId = currentPerson.personId();
        String topic = LiveTopics.notifications(personId);
        long position = queries.query(new FindTopicPositionQuery(topic), ResponseTypes.instanceOf(Long.class)).join();
        return new Bell(unread(personId), topic, position);
    }

    /** Marks read the notification of this post (a person has one per post at most). */
    public long markRead(String postId) {
        String personId = currentPerson.personId();
        store.markRead(personId, personId + "/" + postId);
        return unread(personId);
    }

    public long markAllRead() {
        String personId = currentPerson.personId();
        store.markAllRead(personId);
        return unread(personId);
    }

    /** The person opened a thread: its notifications are read. */
    public void threadOpened(String personId, List<String> postIds) {
        store.markPostsRead(personId, postIds);
    }

    private long unread(String personId) {
        return store.unread(personId).stream()
                    .filter(notification -> access.threadSeenBy(personId, notification.cooperationId(),
                                                                notification.threadId()).isPresent())
                    .count();
    }
}
