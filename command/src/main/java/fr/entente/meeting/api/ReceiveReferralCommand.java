package fr.entente.meeting.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A proposal another body referred to this meeting's body becomes a request on this meeting's agenda, linked back to
 * where it comes from: sent by the hub as it routes the referral to the body's next agenda, or by the body's officer or
 * convenor from the list of referrals waiting. The agenda must not be published yet.
 */
public record ReceiveReferralCommand(@TargetAggregateIdentifier String meetingId, String requestId, ReferralOrigin origin,
                                     String title, String description) {
}
