package fr.entente.live.query;

/**
 * A change that open pages follow live: on {@code topic}, the new state ({@code json}) after the event at
 * {@code position} in the log. Positions grow along a topic: a client that has seen position p has seen everything
 * before it.
 *
 * @param topic    what changed, see {@link LiveTopics}
 * @param position the global sequence number of the event that caused the change
 * @param type     the kind of view the json holds, such as {@code body}
 * @param json     the new state, as JSON
 */
public record LiveUpdate(String topic, long position, String type, String json) {
}
