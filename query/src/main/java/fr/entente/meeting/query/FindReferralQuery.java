package fr.entente.meeting.query;

/** The referral of this proposal of this meeting, if the proposal is referred to another body. */
public record FindReferralQuery(String fromMeetingId, String proposalId) {
}
