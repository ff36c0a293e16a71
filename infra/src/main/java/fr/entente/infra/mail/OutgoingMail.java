package fr.entente.infra.mail;

import fr.entente.infra.logging.LogText;

import java.util.List;
import java.util.Objects;

/**
 * A mail to send: its recipients, subject and plain text, and optionally an HTML version of the same text. Subject and
 * texts are the caller's, in the reader's language.
 *
 * @param to      the recipients' addresses, at least one; each sees the others (meeting invitations go to a body)
 * @param subject the subject line
 * @param text    the plain text, always present: it is what a text-only reader sees and what the log keeps
 * @param html    the same content as HTML, or null for a text-only mail
 * @param replyTo where replies go (an arbitration's per-voter address), or null for the sender's address
 */
public record OutgoingMail(List<String> to, String subject, String text, String html, String replyTo) {

    public OutgoingMail {
        to = List.copyOf(to);
        if (to.isEmpty()) {
            throw new IllegalArgumentException("A mail needs at least one recipient");
        }
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
    }

    /** A plain-text mail. */
    public static OutgoingMail text(List<String> to, String subject, String text) {
        return new OutgoingMail(to, subject, text, null, null);
    }

    /** The same mail with an HTML version besides its plain text. */
    public OutgoingMail withHtml(String html) {
        return new OutgoingMail(to, subject, text, html, replyTo);
    }

    /** The same mail, whose replies go to this address. */
    public OutgoingMail withReplyTo(String address) {
        return new OutgoingMail(to, subject, text, html, address);
    }

    /**
     * The mail as the log shows it, on one line: how many recipients (their addresses are personal data, and left
     * out), the subject and the text, escaped ({@link LogText}); the HTML repeats the text.
     */
    String forTheLog() {
        return "to " + to.size() + " recipient(s) (addresses withheld), subject \"" + LogText.escape(subject)
               + "\", text \"" + LogText.escape(text) + "\"";
    }
}
