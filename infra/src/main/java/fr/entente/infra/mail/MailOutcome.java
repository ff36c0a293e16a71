package fr.entente.infra.mail;

/** What became of a mail handed to the {@link MailOutbox}. */
public enum MailOutcome {
    /** Accepted by the SMTP server. */
    SENT,
    /** No SMTP server is configured: the mail is in the log, in full, at INFO. */
    LOGGED,
    /** The SMTP server refused it or could not be reached: the mail is in the log, in full, at WARN. */
    FAILED_LOGGED
}
