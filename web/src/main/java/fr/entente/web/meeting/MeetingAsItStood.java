package fr.entente.web.meeting;

import fr.entente.cooperation.api.BodyRole;
import fr.entente.meeting.query.MeetingHistory;
import fr.entente.meeting.query.MeetingView;
import fr.entente.web.problem.NotVisibleException;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * A meeting as it stood at an instant, for the members of its body (and as each of them saw it then: the minutes
 * only once published, but for the officer and the convenor), rebuilt from its own events up to that instant by the
 * projections that build it today ({@link MeetingHistory}), for the pages and the API alike.
 */
@Component
public class MeetingAsItStood {

    private final MeetingAccess access;
    private final EventStore events;
    private final MeetingHistory history;

    public MeetingAsItStood(MeetingAccess access, EventStore events, MeetingHistory history) {
        this.access = access;
        this.events = events;
        this.history = history;
    }

    /** The meeting at {@code at}, or 404 for someone outside its body, or if it did not exist yet. */
    public SeenMeeting at(String cooperationId, String meetingId, Instant at) {
        SeenMeeting now = access.seen(cooperationId, meetingId);
        // from its first event: a stream read without a sequence number starts at the meeting's snapshot
        List<? extends DomainEventMessage<?>> stream = events.readEvents(meetingId, 0).asStream().toList();
        MeetingView then = history.asItStood(stream, at).orElseThrow(NotVisibleException::meeting);
        boolean manager = now.role() == BodyRole.OFFICER || now.role() == BodyRole.CONVENOR;
        return new SeenMeeting(manager ? then : then.withMinutesOnlyIfPublished(), now.role(), now.personId());
    }
}
