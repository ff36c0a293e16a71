package fr.entente.meeting.query;

/** One meeting, if it exists; answers {@code Optional<MeetingView>}. */
public record FindMeetingQuery(String meetingId) {
}
