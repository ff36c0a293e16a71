package fr.entente.meeting.api;

import org.axonframework.serialization.Revision;

/**
 * A proposal referred by another body ({@code origin}) is a request on this meeting's agenda, for decision, accepted or
 * declined like a member's.
 */
@Revision("1")
public record ReferralReceivedEvent(String meetingId, String requestId, ReferralOrigin origin, String title,
                                    String description) {
}
