package fr.entente.forum.api;

/**
 * How long the forum's texts and identifiers may be: written once, for the aggregates' checks, the API's validation and
 * the pages' {@code maxlength} alike.
 */
public final class ForumLimits {

    public static final int TITLE = 200;
    public static final int DESCRIPTION = 2_000;
    /** A post in Markdown: some twenty pages of text, far beyond any message, short of a document. */
    public static final int POST = 50_000;
    /** Spaces, threads and posts are identified by the hub (UUIDs); a client's identifier never exceeds this. */
    public static final int ID = 60;
    /** The most people a theme space is created with at once. */
    public static final int MEMBERS_AT_CREATION = 500;

    private ForumLimits() {
    }
}
