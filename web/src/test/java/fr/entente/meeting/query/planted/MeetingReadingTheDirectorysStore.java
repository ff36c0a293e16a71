package fr.entente.meeting.query.planted;

import fr.entente.cooperation.query.MembershipProjection;

/** A planted violation (test sources only): the meetings reading the directory's read model instead of its queries. */
public class MeetingReadingTheDirectorysStore {

    private final MembershipProjection memberships;

    public MeetingReadingTheDirectorysStore(MembershipProjection memberships) {
        this.memberships = memberships;
    }

    public Object memberships() {
        return memberships;
    }
}
