package fr.entente.audit.query;

import java.util.List;

/** The titles of these meetings, as the trail knows them from their scheduling: {@link MeetingTitles}. */
public record FindTrailMeetingTitlesQuery(List<String> meetingIds) {
}
