package fr.entente.meeting.api;

import org.axonframework.serialization.Revision;

/**
 * A correction to the approved minutes was proposed.
 */
@Revision("1")
public record MinutesAmendmentProposedEvent(String meetingId, String amendmentId, String text) {
}
