package fr.entente.forum.query;

/** Why a person is told of a post: named in it, the whole space named, or a new post in a thread they follow. */
public enum NotificationKind {
    MENTION,
    SPACE_MENTION,
    REPLY
}
