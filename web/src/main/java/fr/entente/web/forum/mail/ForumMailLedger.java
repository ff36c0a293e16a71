package fr.entente.web.forum.mail;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import static com.mongodb.client.model.Filters.eq;

/**
 * What the forum has mailed, so that nothing is mailed twice, through redeliveries, replays and restarts alike: a
 * notification mailed ({@value #NOTIFICATIONS}: {@code _id: personId/postId}) and a person's digest of a day
 * ({@value #DIGESTS}: {@code _id: personId/yyyy-MM-dd}). Each entry is written before its mail is sent, by an insert
 * that only one writer can make: a crash between the two loses that mail rather than sending it twice.
 */
@Component
class ForumMailLedger {

    static final String NOTIFICATIONS = "forumMailsSent";
    static final String DIGESTS = "forumDigestsSent";

    private final MongoCollection<Document> notifications;
    private final MongoCollection<Document> digests;

    ForumMailLedger(MongoDatabase database) {
        this.notifications = database.getCollection(NOTIFICATIONS);
        this.digests = database.getCollection(DIGESTS);
    }

    /** Records that this notification is mailed now; false if it was already. */
    boolean claimNotification(String personId, String postId, Instant at) {
        return claim(notifications, personId + "/" + postId, at);
    }

    boolean mailed(String personId, String postId) {
        return notifications.find(eq("_id", personId + "/" + postId)).first() != null;
    }

    /** Records that this person's digest of this day is mailed now; false if it was already. */
    boolean claimDigest(String personId, LocalDate day, Instant at) {
        return claim(digests, personId + "/" + day, at);
    }

    private static boolean claim(MongoCollection<Document> ledger, String id, Instant at) {
        try {
            ledger.insertOne(new Document("_id", id).append("at", Date.from(at)));
            return true;
        } catch (MongoWriteException duplicate) {
            if (duplicate.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw duplicate;
        }
    }
}
