package fr.entente.meeting.api;

/** Where a referral comes from: the proposal, the meeting that recorded it, and that meeting's body. */
public record ReferralOrigin(String meetingId, String proposalId, String bodyId) {
}
