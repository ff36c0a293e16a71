package fr.entente.infra.mail;

/** What became of a mail handed to the {@link MailOutbox}. */
public enum MailOutcome {
    /** Accepted by the SMTP server. */
    SENT,
    /** No SMTP server is configured: not sent; on a demo hub, the mail is in the log at INFO (addresses withheld). */
    LOGGED,
    /** The SMTP server refused it or could not be reached: logged at WARN (in full, addresses withheld, on a demo hub). */
    FAILED_LOGGED
}
