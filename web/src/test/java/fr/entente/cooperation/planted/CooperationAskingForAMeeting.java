package fr.entente.cooperation.planted;

import fr.entente.meeting.query.FindMeetingQuery;

/** A planted violation (test sources only): the directory asking the meetings, which the context table forbids. */
public class CooperationAskingForAMeeting {

    public Object ask() {
        return new FindMeetingQuery("m");
    }
}
