package fr.entente.document.query;

import java.time.Instant;

/**
 * A person asked to read a document ("à lire"): who asked, when, when they are reminded if they have not opened it,
 * when they first opened (downloaded) it since ({@code null}: not yet) and when they were reminded ({@code null}: not).
 */
public record ReaderView(String personId, String requestedBy, Instant requestedAt, Instant remindAt, Instant openedAt,
                         Instant remindedAt) {

    public boolean opened() {
        return openedAt != null;
    }

    /** Not opened, not reminded, and the delay is over. */
    public boolean reminderDue(Instant now) {
        return openedAt == null && remindedAt == null && !remindAt.isAfter(now);
    }

    ReaderView openedAt(Instant at) {
        return openedAt != null ? this : new ReaderView(personId, requestedBy, requestedAt, remindAt, at, remindedAt);
    }

    ReaderView remindedAt(Instant at) {
        return new ReaderView(personId, requestedBy, requestedAt, remindAt, openedAt, at);
    }
}
