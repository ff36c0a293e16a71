package fr.entente.meeting;

import fr.entente.common.Required;
import fr.entente.meeting.api.LiveMeetings;
import fr.entente.meeting.api.MinutesApprovalMode;

import static fr.entente.meeting.api.MeetingRefusal.APPROVAL_MEETING_NOT_LIVE;
import static fr.entente.meeting.api.MeetingRefusal.APPROVAL_MEETING_REQUIRED;
import static fr.entente.meeting.api.MeetingRefusal.APPROVAL_MODE_REQUIRED;
import static fr.entente.meeting.api.MeetingRefusedException.refused;

/**
 * Who approves minutes, or an amendment to them: the body's convenor alone, or the body itself during a later
 * meeting of it that is live, as its officer or convenor records.
 */
record Approval(MinutesApprovalMode mode, String atMeetingId) {

    static Approval of(MinutesApprovalMode mode, String atMeetingId, String meetingId, Access access,
                       LiveMeetings liveMeetings, Schedule schedule) {
        Required.value(mode, () -> refused(APPROVAL_MODE_REQUIRED));
        if (mode == MinutesApprovalMode.CONVENOR) {
            access.convenor();
            return new Approval(mode, null);
        }
        access.manager();
        String at = Required.optional(atMeetingId);
        if (at == null) {
            throw refused(APPROVAL_MEETING_REQUIRED);
        }
        if (at.equals(meetingId) || !liveMeetings.isLive(schedule.cooperationId(), schedule.bodyId(), at)) {
            throw refused(APPROVAL_MEETING_NOT_LIVE);
        }
        return new Approval(mode, at);
    }
}
