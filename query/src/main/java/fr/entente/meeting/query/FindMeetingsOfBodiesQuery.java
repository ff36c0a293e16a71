package fr.entente.meeting.query;

import java.util.List;

/**
 * The meetings of these bodies (a person's calendar: the bodies they sit in), by date then start time; answers
 * {@code List<MeetingSummary>}.
 */
public record FindMeetingsOfBodiesQuery(List<BodyRef> bodies) {

    public FindMeetingsOfBodiesQuery {
        bodies = bodies == null ? List.of() : List.copyOf(bodies);
    }
}
