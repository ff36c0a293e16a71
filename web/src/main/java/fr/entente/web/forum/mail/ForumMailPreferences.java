package fr.entente.web.forum.mail;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import fr.entente.forum.query.NotificationKind;
import fr.entente.forum.query.NotificationView;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.Optional;

import static com.mongodb.client.model.Filters.eq;

/**
 * How each person wants the forum's e-mails ({@value #COLLECTION}: {@code {_id: personId, mode}}): a setting of the
 * person, like their language, not a fact of the domain. With none chosen, mentions and new posts in one's own
 * threads go at once, the rest in the daily digest.
 */
@Component
public class ForumMailPreferences {

    static final String COLLECTION = "forumMailPreferences";

    private final MongoCollection<Document> preferences;

    ForumMailPreferences(MongoDatabase database) {
        this.preferences = database.getCollection(COLLECTION);
    }

    public Optional<MailMode> chosen(String personId) {
        return Optional.ofNullable(preferences.find(eq("_id", personId)).first())
                       .map(document -> MailMode.valueOf(document.getString("mode")));
    }

    public void choose(String personId, MailMode mode) {
        if (mode == null) {
            preferences.deleteOne(eq("_id", personId));
        } else {
            preferences.replaceOne(eq("_id", personId), new Document("_id", personId).append("mode", mode.name()),
                                   new ReplaceOptions().upsert(true));
        }
    }

    /** When this notification goes by mail, for its person: their choice, or else the default above. */
    public MailMode modeFor(NotificationView notification, String threadAuthorId) {
        return chosen(notification.personId()).orElseGet(() -> notification.kind() == NotificationKind.MENTION
                || notification.kind() == NotificationKind.REPLY && notification.personId().equals(threadAuthorId)
                ? MailMode.AT_ONCE : MailMode.DAILY);
    }
}
