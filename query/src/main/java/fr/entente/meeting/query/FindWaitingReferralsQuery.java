package fr.entente.meeting.query;

/** The referrals to this body of this cooperation that have not joined any of its meetings' requests yet, oldest first. */
public record FindWaitingReferralsQuery(String cooperationId, String toBodyId) {
}
