package fr.entente.live.query;

/**
 * Follows a topic, as a subscription query: the initial result is what a reconnecting client missed after {@code sincePosition} (what a
 * reconnecting client missed; 0 for none), then each new update as it comes.
 */
public record WatchTopicQuery(String topic, long sincePosition) {
}
