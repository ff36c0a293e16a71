package fr.entente.forum.query;

/** One forum space with its members; empty if there is none. */
public record FindForumSpaceQuery(String spaceId) {
}
