package fr.entente.web.forum.mail;

/** How a person wants to hear of the forum by e-mail: at once, in a digest at 07:00 (Europe/Paris), or never. */
public enum MailMode {
    AT_ONCE,
    DAILY,
    NEVER
}
