package fr.entente.meeting;

import fr.entente.common.Required;
import fr.entente.meeting.api.InvalidMeetingCommandException;
import fr.entente.meeting.api.LiveMeetings;
import fr.entente.meeting.api.MeetingFieldMissingException;
import fr.entente.meeting.api.MeetingStateConflictException;
import fr.entente.meeting.api.MinutesApprovalMode;

/**
 * Who approves minutes, or an amendment to them: the body's convenor alone, or the body itself during a later
 * meeting of it that is live, as its officer or convenor records.
 */
record Approval(MinutesApprovalMode mode, String atMeetingId) {

    static Approval of(MinutesApprovalMode mode, String atMeetingId, String meetingId, Access access,
                       LiveMeetings liveMeetings, Schedule schedule) {
        Required.value(mode, MeetingFieldMissingException::approvalMode);
        if (mode == MinutesApprovalMode.CONVENOR) {
            access.convenor();
            return new Approval(mode, null);
        }
        access.manager();
        String at = Required.optional(atMeetingId);
        if (at == null) {
            throw InvalidMeetingCommandException.atMeeting();
        }
        if (at.equals(meetingId) || !liveMeetings.isLive(schedule.cooperationId(), schedule.bodyId(), at)) {
            throw MeetingStateConflictException.approvalMeetingNotLive();
        }
        return new Approval(mode, at);
    }
}
