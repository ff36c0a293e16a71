package fr.entente.live.query;

/**
 * The position of the last update published on a topic (0 if none yet). A page asks it before reading the state
 * it renders, then follows the topic since that position: it misses nothing in between, and what it receives twice
 * is a state it renders again, the same.
 */
public record FindTopicPositionQuery(String topic) {
}
