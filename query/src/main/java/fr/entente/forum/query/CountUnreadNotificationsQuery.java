package fr.entente.forum.query;

/** How many notifications a person has not read: the bell's count. */
public record CountUnreadNotificationsQuery(String personId) {
}
