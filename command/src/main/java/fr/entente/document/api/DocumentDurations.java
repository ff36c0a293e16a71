package fr.entente.document.api;

import java.time.Duration;

/** How long the documents' rules wait, in the public language so that the hub's jobs ask the same numbers. */
public final class DocumentDurations {

    /** How long a document stays restorable in the trash before the hub purges its bytes. */
    public static final Duration TRASH_KEPT = Duration.ofDays(30);
    /** How long a lock lasts: a forgotten one is released by the hub after that. */
    public static final Duration LOCK_LASTS = Duration.ofHours(24);

    /**
     * How long the file of a version refused after it was stored (someone put one up first, or locked the document) is
     * kept for its uploader to retry without uploading it again; then the housekeeping deletes it.
     */
    public static final Duration REFUSED_VERSION_KEPT = Duration.ofHours(24);
    /** The least and the most a reminder of a document sent "à lire" waits: an hour, 90 days. */
    public static final int MIN_REMINDER_HOURS = 1;
    public static final int MAX_REMINDER_HOURS = 90 * 24;

    private DocumentDurations() {
    }
}
