package fr.entente.forum.query;

/** A space's threads as its list shows them: pinned first, then the most recently active. */
public record FindSpaceThreadsQuery(String spaceId) {
}
