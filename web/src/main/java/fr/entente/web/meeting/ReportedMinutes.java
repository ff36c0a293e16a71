package fr.entente.web.meeting;

import fr.entente.cooperation.query.BodyView;
import fr.entente.cooperation.query.FindBodiesReportingToQuery;
import fr.entente.meeting.query.FindBodyMeetingsQuery;
import fr.entente.meeting.query.MeetingSummary;
import fr.entente.meeting.query.MinutesStatus;
import fr.entente.web.problem.NotVisibleException;
import fr.entente.web.security.CurrentPerson;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;

/**
 * What the bodies reporting to a body have published, for that body's members: the technical committee reads the
 * working group's published minutes and record of proposals (seed 001, art. 3.2), never its drafts or notes.
 */
@Component
public class ReportedMinutes {

    /** A published meeting of a body reporting to the reader's, newest first. */
    public record Report(String bodyId, String bodyName, MeetingSummary meeting) {
    }

    private final QueryGateway queries;
    private final MeetingAccess access;
    private final CurrentPerson currentPerson;

    ReportedMinutes(QueryGateway queries, MeetingAccess access, CurrentPerson currentPerson) {
        this.queries = queries;
        this.access = access;
        this.currentPerson = currentPerson;
    }

    /** The minutes published by the bodies that report to this one, newest first, if the signed-in person sits in it; or 404. */
    public List<Report> toBody(String cooperationId, String bodyId) {
        if (!access.sitsIn(currentPerson.personId(), cooperationId, bodyId)) {
            throw NotVisibleException.meeting();
        }
        return queries.query(new FindBodiesReportingToQuery(cooperationId, bodyId), ResponseTypes.multipleInstancesOf(BodyView.class))
                      .join().stream()
                      .flatMap(reporting -> queries.query(new FindBodyMeetingsQuery(cooperationId, reporting.bodyId()),
                                                          ResponseTypes.multipleInstancesOf(MeetingSummary.class)).join()
                                                   .stream()
                                                   .filter(meeting -> meeting.minutesStatus() == MinutesStatus.PUBLISHED)
                                                   .map(meeting -> new Report(reporting.bodyId(), nameOf(reporting), meeting)))
                      .sorted(Comparator.comparing((Report report) -> report.meeting().date()).reversed())
                      .toList();
    }

    private static String nameOf(BodyView body) {
        return body.name() == null ? body.bodyId() : body.name();
    }
}
