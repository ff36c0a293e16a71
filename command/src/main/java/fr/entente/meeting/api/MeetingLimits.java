package fr.entente.meeting.api;

/**
 * How long a meeting's texts and identifiers may be, and how many of a thing: written once, for the aggregate's
 * checks, the API's validation and the pages' {@code maxlength} alike.
 */
public final class MeetingLimits {

    public static final int TITLE = 200;
    public static final int PLACE = 200;
    public static final int VIDEO_LINK = 500;
    /** Why a meeting is cancelled, a request declined or an item taken off. */
    public static final int REASON = 1_000;
    /** An agenda item's or a request's description. */
    public static final int DESCRIPTION = 4_000;
    public static final int PROPOSAL = 4_000;
    /** What an action item says is to be done. */
    public static final int ACTION = 1_000;
    public static final int NOTE_BLOCK = 20_000;
    /** A long meeting's minutes run to some forty pages. */
    public static final int MINUTES = 100_000;
    public static final int AMENDMENT = 20_000;
    /** An attendance sheet's lines: one per member of the body, and bodies of a national network stay under this. */
    public static final int ATTENDANCE_LINES = 500;

    /** The shortest meeting or series identifier a client may choose. */
    public static final int SHORTEST_ID = 2;
    public static final int MEETING_ID = 60;
    /** A series' meetings are identified as {@code <seriesId>-<yyyy-MM-dd>}, which must fit {@link #MEETING_ID}. */
    public static final int SERIES_ID = 48;
    /** Identifiers of what a meeting holds: requests, items, note blocks, proposals, actions, amendments. */
    public static final int PART_ID = 60;
    /** A document's identifier, as the document space makes them (a UUID) with room to spare. */
    public static final int DOCUMENT_ID = 100;

    /** The longest an agenda item is expected to last, in minutes: a full day. */
    public static final int ITEM_MINUTES = 480;
    /** The most meetings a series plans: five years of monthly meetings. */
    public static final int OCCURRENCES = 60;
    /** The longest interval of a weekly series, in weeks. */
    public static final int EVERY_WEEKS = 52;
    /** The most requests merged into one agenda item. */
    public static final int MERGED_REQUESTS = 50;
    public static final int AGENDA_ITEMS = 200;

    /**
     * The years a date of a meeting, a series, a deadline or an action may fall in: beyond them a date is a typing
     * error, and calendar applications choke on it (a year 10000 is no valid iCalendar DTSTART).
     */
    public static final int EARLIEST_YEAR = 2000;
    public static final int LATEST_YEAR = 2100;

    private MeetingLimits() {
    }
}
