package fr.entente.meeting.query;

import java.util.Locale;

/**
 * The parts of a meeting that change separately, as its live updates name them ({@code changes}): a page renders
 * again only the sections that show a part that changed.
 */
public enum MeetingAspect {
    /** Title, date, times, place, link, status. */
    SCHEDULE,
    /** The members' requests for agenda items, and their deadline. */
    REQUESTS,
    /** The items, their order, the publication and its amendments. */
    AGENDA,
    ATTENDANCE,
    CURRENT_ITEM,
    NOTES,
    /** The proposals and their outcomes (relevé des propositions). */
    PROPOSALS,
    ACTIONS,
    MINUTES;

    /** The name in a live update: {@code current-item}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
