package fr.entente.forum.api;

/** What a person may do in a forum space: every member reads and writes; a moderator also pins, locks, moves and deletes. */
public enum SpaceRole {
    MEMBER,
    MODERATOR
}
