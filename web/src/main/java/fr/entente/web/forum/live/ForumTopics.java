package fr.entente.web.forum.live;

import fr.entente.web.forum.ForumAccess;
import fr.entente.web.live.LiveTopicRule;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The forum's live topics: a space's list of threads and a thread, for the members of the space
 * ({@link ForumAccess}, which a person removed from the body fails at once); a person's notifications, for that
 * person alone.
 */
@Component
class ForumTopics implements LiveTopicRule {

    private static final Pattern SPACE = Pattern.compile("cooperation/([^/]+)/forum/space/([^/]+)");
    private static final Pattern THREAD = Pattern.compile("cooperation/([^/]+)/forum/thread/([^/]+)");
    private static final Pattern NOTIFICATIONS = Pattern.compile("notifications/([^/]+)");

    private final ForumAccess forum;

    ForumTopics(ForumAccess forum) {
        this.forum = forum;
    }

    @Override
    public Optional<Boolean> maySee(String personId, String topic) {
        Matcher space = SPACE.matcher(topic);
        if (space.matches()) {
            return Optional.of(forum.spaceSeenBy(personId, space.group(1), space.group(2)).isPresent());
        }
        Matcher thread = THREAD.matcher(topic);
        if (thread.matches()) {
            return Optional.of(forum.threadSeenBy(personId, thread.group(1), thread.group(2)).isPresent());
        }
        Matcher notifications = NOTIFICATIONS.matcher(topic);
        if (notifications.matches()) {
            return Optional.of(notifications.group(1).equals(personId));
        }
        return Optional.empty();
    }
}
