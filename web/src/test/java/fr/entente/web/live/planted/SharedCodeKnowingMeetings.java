package fr.entente.web.live.planted;

import fr.entente.meeting.query.MeetingView;

/** A planted violation (test sources only): code every context shares, knowing one of them. */
public class SharedCodeKnowingMeetings {

    public String titleOf(MeetingView meeting) {
        return meeting.title();
    }
}
