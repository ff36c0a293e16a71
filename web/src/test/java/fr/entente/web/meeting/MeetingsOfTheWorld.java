package fr.entente.web.meeting;

import fr.entente.meeting.api.ScheduleMeetingCommand;
import fr.entente.meeting.query.FindMeetingQuery;
import fr.entente.meeting.query.MeetingView;
import fr.entente.web.testing.ApiWorld;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.function.Predicate;

/** Meetings made in the shared {@link ApiWorld} by commands of the system actor, as the demo loader makes them. */
final class MeetingsOfTheWorld {

    private MeetingsOfTheWorld() {
    }

    static void schedule(ApiWorld world, String cooperationId, String bodyId, String meetingId, String title, LocalDate date,
                         LocalTime start, String place, String videoLink) {
        world.asSystem(cooperationId, new ScheduleMeetingCommand(meetingId, cooperationId, bodyId, title, date, start,
                                                                 start.plusHours(2), place, videoLink));
    }

    /** The meeting as the read model shows it, once it satisfies the condition (within 30 s). */
    static MeetingView awaitMeeting(ApiWorld world, String meetingId, Predicate<MeetingView> condition) {
        return ApiWorld.eventually(() -> find(world, meetingId).filter(condition));
    }

    private static Optional<MeetingView> find(ApiWorld world, String meetingId) {
        return world.bean(QueryGateway.class)
                    .query(new FindMeetingQuery(meetingId), ResponseTypes.optionalInstanceOf(MeetingView.class)).join();
    }
}
