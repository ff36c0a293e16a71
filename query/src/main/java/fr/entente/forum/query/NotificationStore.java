package fr.entente.forum.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Sorts.descending;

/**
 * People's forum notifications, one per person and post in {@value #COLLECTION} ({@code _id: personId/postId}; a
 * mention outranks a space mention, which outranks a reply), rebuilt by a replay; and what each person has read, which
 * is not in the log (reading is no fact of the domain) and so survives a replay: {@value #READS} holds the
 * notifications read one by one, {@value #READ_ALL} the position up to which a person marked everything read.
 */
@Component
public class NotificationStore {

    static final String COLLECTION = "forumNotifications";
    static final String READS = "forumNotificationReads";
    static final String READ_ALL = "forumNotificationsReadAll";

    private final MongoCollection<Document> notifications;
    private final MongoCollection<Document> reads;
    private final MongoCollection<Document> readAll;

    public NotificationStore(MongoDatabase database) {
        this.notifications = database.getCollection(COLLECTION);
        this.reads = database.getCollection(READS);
        this.readAll = database.getCollection(READ_ALL);
        notifications.createIndex(Indexes.ascending("personId", "position"));
        reads.createIndex(Indexes.ascending("personId"));
    }

    /** Tells a person of a post; a notification of the same post keeps the strongest reason. */
    void notify(NotificationView notification) {
        Document existing = notifications.find(eq("_id", notification.notificationId())).first();
        if (existing != null && NotificationKind.valueOf(existing.getString("kind")).ordinal() <= notification.kind().ordinal()) {
            return;
        }
        notifications.replaceOne(eq("_id", notification.notificationId()), new Document("_id", notification.notificationId())
                .append("personId", notification.personId())
                .append("cooperationId", notification.cooperationId())
                .append("spaceId", notification.spaceId())
                .append("threadId", notification.threadId())
                .append("threadTitle", notification.threadTitle())
                .append("postId", notification.postId())
                .append("kind", notification.kind().name())
                .append("actorId", notification.actorId())
                .append("at", Date.from(notification.at()))
                .append("position", notification.position()), new ReplaceOptions().upsert(true));
    }

    /** A deleted post is no news any more; returns who had been told of it. */
    List<String> forgetPost(String postId) {
        List<String> told = new ArrayList<>();
        notifications.find(eq("postId", postId)).forEach(document -> told.add(document.getString("personId")));
        notifications.deleteMany(eq("postId", postId));
        return told;
    }

    void clear() {
        notifications.deleteMany(new Document());
    }

    public List<NotificationView> latest(String personId, int limit) {
        long readUpTo = readUpTo(personId);
        List<Document> found = notifications.find(eq("personId", personId)).sort(descending("position")).limit(limit)
                                            .into(new ArrayList<>());
        Set<String> read = readIds(personId, found.stream().map(document -> document.getString("_id")).toList());
        return found.stream().map(document -> view(document, readUpTo, read)).toList();
    }

    public List<NotificationView> unread(String personId) {
        long readUpTo = readUpTo(personId);
        List<Document> found = notifications.find(and(eq("personId", personId), gt("position", readUpTo)))
                                            .into(new ArrayList<>());
        Set<String> read = readIds(personId, found.stream().map(document -> document.getString("_id")).toList());
        return found.stream().map(document -> view(document, readUpTo, read)).filter(view -> !view.read()).toList();
    }

    /** Everyone told of this post, read or not. */
    public List<NotificationView> ofPost(String postId) {
        List<NotificationView> told = new ArrayList<>();
        for (Document document : notifications.find(eq("postId", postId))) {
            String personId = document.getString("personId");
            told.add(view(document, readUpTo(personId), readIds(personId, List.of(document.getString("_id")))));
        }
        return told;
    }

    /** The people told of something before this moment: whose digest may be due. */
    public List<String> peopleToldBefore(Instant before) {
        return notifications.distinct("personId", lt("at", Date.from(before)), String.class).into(new ArrayList<>());
    }

    public long unreadCount(String personId) {
        return unread(personId).size();
    }

    /** Marks one notification read; one of another person is left alone. */
    public void markRead(String personId, String notificationId) {
        if (notificationId != null && notificationId.startsWith(personId + "/")) {
            reads.replaceOne(eq("_id", notificationId), new Document("_id", notificationId).append("personId", personId),
                             new ReplaceOptions().upsert(true));
        }
    }

    /** Marks read everything a person has been told up to this moment. */
    public void markAllRead(String personId) {
        Document last = notifications.find(eq("personId", personId)).sort(descending("position")).limit(1).first();
        if (last != null) {
            long position = ((Number) last.get("position")).longValue();
            readAll.updateOne(eq("_id", personId), new Document("$max", new Document("position", position)),
                              new UpdateOptions().upsert(true));
        }
    }

    /** Marks read a person's notifications of these posts (they opened the thread that holds them). */
    public void markPostsRead(String personId, List<String> postIds) {
        for (String postId : postIds) {
            String id = personId + "/" + postId;
            if (notifications.find(eq("_id", id)).first() != null) {
                markRead(personId, id);
            }
        }
    }

    private long readUpTo(String personId) {
        Document all = readAll.find(eq("_id", personId)).first();
        return all == null ? 0 : ((Number) all.get("position")).longValue();
    }

    private Set<String> readIds(String personId, List<String> ids) {
        Set<String> read = new HashSet<>();
        if (!ids.isEmpty()) {
            Bson filter = and(eq("personId", personId), in("_id", ids));
            reads.find(filter).forEach(document -> read.add(document.getString("_id")));
        }
        return read;
    }

    private static NotificationView view(Document document, long readUpTo, Set<String> read) {
        long position = ((Number) document.get("position")).longValue();
        return new NotificationView(document.getString("_id"), document.getString("personId"),
                                    document.getString("cooperationId"), document.getString("spaceId"),
                                    document.getString("threadId"), document.getString("threadTitle"),
                                    document.getString("postId"), NotificationKind.valueOf(document.getString("kind")),
                                    document.getString("actorId"), Instant.ofEpochMilli(document.getDate("at").getTime()),
                                    position, position <= readUpTo || read.contains(document.getString("_id")));
    }
}
