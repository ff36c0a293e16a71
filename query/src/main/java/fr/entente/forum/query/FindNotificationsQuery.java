package fr.entente.forum.query;

/** A person's latest notifications, newest first, read or not. */
public record FindNotificationsQuery(String personId, int limit) {
}
