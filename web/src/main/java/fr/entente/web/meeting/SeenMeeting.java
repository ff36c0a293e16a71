package fr.entente.web.meeting;

import fr.entente.cooperation.api.BodyRole;
import fr.entente.meeting.query.MeetingView;

/**
 * A meeting as one member of its body sees it, with their role there: its officer and convenor manage it (and see
 * the minutes from the draft on); the other members see the minutes once published. A member of a body that the
 * meeting's body reports to reads its published record only ({@link #readerByReportingLine}): {@code role} is then
 * {@code null}, and {@code meeting} holds neither requests nor notes.
 */
public record SeenMeeting(MeetingView meeting, BodyRole role, String personId) {

    /** The published record of a meeting, as a body it reports to reads it. */
    public static SeenMeeting byReportingLine(MeetingView publishedRecord, String personId) {
        return new SeenMeeting(publishedRecord, null, personId);
    }

    public boolean readerByReportingLine() {
        return role == null;
    }

    public boolean manager() {
        return role == BodyRole.OFFICER || role == BodyRole.CONVENOR;
    }

    public boolean convenor() {
        return role == BodyRole.CONVENOR;
    }
}
