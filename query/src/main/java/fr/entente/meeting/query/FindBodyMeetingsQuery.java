package fr.entente.meeting.query;

/** A body's meetings, by date then start time; answers {@code List<MeetingSummary>}. */
public record FindBodyMeetingsQuery(String cooperationId, String bodyId) {
}
