package fr.entente.audit.query;

import java.util.Map;

/** Meeting titles by meeting identifier. */
public record MeetingTitles(Map<String, String> byMeetingId) {

    public MeetingTitles {
        byMeetingId = Map.copyOf(byMeetingId);
    }
}
