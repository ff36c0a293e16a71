package fr.entente.meeting.query;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * The meetings as their pages show them ({@link MeetingView}), and the lists of a body's or a person's meetings: the
 * queries on what the meetings' projection keeps ({@link MeetingScheduleProjection} and the three others), and its
 * reset for a replay.
 */
@Component
@ProcessingGroup("meetings")
public class MeetingProjection {

    private final MeetingViewStore store;

    MeetingProjection(MeetingViewStore store) {
        this.store = store;
    }

    /** A replay starts from no meetings. */
    @ResetHandler
    void reset() {
        store.clear();
    }

    // Queries

    @QueryHandler
    public Optional<MeetingView> handle(FindMeetingQuery query) {
        return store.find(query.meetingId());
    }

    @QueryHandler
    public List<MeetingSummary> handle(FindBodyMeetingsQuery query) {
        return store.summariesOfBody(query.cooperationId(), query.bodyId());
    }

    @QueryHandler
    public List<MeetingSummary> handle(FindMeetingsOfBodiesQuery query) {
        return store.summariesOfBodies(query.bodies());
    }
}
