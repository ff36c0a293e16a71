package fr.entente.web.meeting;

import fr.entente.cooperation.api.BodyRole;
import fr.entente.meeting.query.MeetingView;

/**
 * A meeting as one member of its body sees it, with their role there: its officer and convenor manage it (and see
 * the minutes from the draft on); the other members see the minutes once published.
 */
public record SeenMeeting(MeetingView meeting, BodyRole role, String personId) {

    public boolean manager() {
        return role == BodyRole.OFFICER || role == BodyRole.CONVENOR;
    }

    public boolean convenor() {
        return role == BodyRole.CONVENOR;
    }
}
