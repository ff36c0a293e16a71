package fr.entente.meeting.query;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A proposal one body referred to another ("renvoyée au comité technique"): where it comes from (the meeting, its
 * body, title and date), its text, the body it is referred to, and, once it joined the requests of one of that body's
 * meetings, which ({@code placedIn}, with the request's id); waiting until then.
 */
public record ReferralView(String cooperationId, String fromMeetingId, String fromBodyId, String fromMeetingTitle,
                           LocalDate fromMeetingDate, String proposalId, String text, String toBodyId,
                           Instant referredAt, String placedIn, String requestId) {

    public boolean waiting() {
        return placedIn == null;
    }
}
