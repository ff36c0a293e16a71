package fr.entente.web.meeting.pages;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.entente.cooperation.query.BodyMemberView;
import fr.entente.cooperation.query.BodyView;
import fr.entente.cooperation.query.CooperationView;
import fr.entente.cooperation.query.FindBodyQuery;
import fr.entente.cooperation.query.FindCooperationQuery;
import fr.entente.meeting.query.FindMeetingQuery;
import fr.entente.meeting.query.MeetingView;
import fr.entente.web.meeting.MeetingNames;
import fr.entente.web.problem.NotVisibleException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * What a meeting's pages read, whoever looks: the meeting, its body and members, its cooperation, the names it
 * mentions. Kept per meeting, at the log position the meeting's view had: after a change, the fifty pages that render
 * their sections again read it once, not fifty times. What each person may see of it is decided when it is shown.
 */
@Component
public class MeetingPageData {

    /** The data at the meeting's position {@code meeting.position()}. */
    public record Data(MeetingView meeting, BodyView body, CooperationView cooperation, MeetingNames.Names names) {

        long position() {
            return meeting.position();
        }
    }

    private final QueryGateway queries;
    private final MeetingNames names;
    private final Cache<String, Data> cache = Caffeine.newBuilder().maximumSize(500)
                                                      .expireAfterAccess(Duration.ofHours(1)).build();

    MeetingPageData(QueryGateway queries, MeetingNames names) {
        this.queries = queries;
        this.names = names;
    }

    /** The meeting's data at {@code position} or later. */
    public Data at(String meetingId, long position) {
        return cache.asMap().compute(meetingId, (id, known) -> known != null && known.position() >= position
                ? known : load(id));
    }

    private Data load(String meetingId) {
        return of(queries.query(new FindMeetingQuery(meetingId), ResponseTypes.optionalInstanceOf(MeetingView.class))
                         .join().orElseThrow(NotVisibleException::meeting));
    }

    /** The data around this view of the meeting (as it stood at some instant, say), not kept. */
    public Data of(MeetingView meeting) {
        BodyView body = queries.query(new FindBodyQuery(meeting.cooperationId(), meeting.bodyId()),
                                      ResponseTypes.optionalInstanceOf(BodyView.class)).join()
                               .orElseThrow(NotVisibleException::meeting);
        CooperationView cooperation = queries.query(new FindCooperationQuery(meeting.cooperationId()),
                                                    ResponseTypes.optionalInstanceOf(CooperationView.class)).join()
                                             .orElseThrow(NotVisibleException::meeting);
        return new Data(meeting, body, cooperation,
                        names.of(meeting, body.members().stream().map(BodyMemberView::personId).toList()));
    }
}
