package fr.entente.live.query;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A change that open pages follow live: on {@code topic}, after the event at {@code position} in the log, what
 * changed ({@code changes}, such as {@code agenda} or {@code current-item}: the page renders again only the sections
 * that show them) and, for the small views that a page renders itself, the new state ({@code json}, or {@code null}).
 * Positions grow along a topic: a client that has seen position p has seen everything before it.
 *
 * @param topic    what changed, see {@link LiveTopics}
 * @param position the global sequence number of the event that caused the change
 * @param type     the kind of thing the topic shows, such as {@code meeting} or {@code body}
 * @param changes  the parts of it that changed, in the order first seen
 * @param json     the new state as JSON, for the topics that carry it; {@code null} for the others
 */
public record LiveUpdate(String topic, long position, String type, List<String> changes, String json) {

    public LiveUpdate {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    /**
     * What a page that missed these updates needs, as one update: the latest position and state, and every part
     * that changed on the way. However many updates it missed, the answer stays one update.
     */
    public static LiveUpdate merged(List<LiveUpdate> updates) {
        LiveUpdate last = updates.get(updates.size() - 1);
        Set<String> changes = new LinkedHashSet<>();
        updates.forEach(update -> changes.addAll(update.changes()));
        return new LiveUpdate(last.topic(), last.position(), last.type(), List.copyOf(changes), last.json());
    }
}
