package fr.entente.web.live;

import fr.entente.cooperation.query.BodyView;
import fr.entente.cooperation.query.CooperationView;
import fr.entente.cooperation.query.FindCooperationQuery;
import fr.entente.cooperation.query.FindBodyQuery;
import fr.entente.cooperation.query.FindMembershipQuery;
import fr.entente.cooperation.query.MembershipView;
import fr.entente.infra.security.PersonPrincipal;
import fr.entente.web.meeting.MeetingAccess;
import fr.entente.web.security.VisibleCooperation;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import java.security.Principal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who may follow which live topic, as the pages that show them decide: a person their own home page; a member of a
 * cooperation its directory and its bodies; a person of a partner organisation only the bodies the partner is named
 * to; a person who sits in a body its meetings (the list and each meeting, {@link MeetingAccess}). Anything else, of
 * another cooperation above all, is refused without saying whether it exists.
 */
@Component
public class LiveTopicAuthorizer {

    private static final Pattern PERSON = Pattern.compile("person/([^/]+)");
    private static final Pattern COOPERATION = Pattern.compile("cooperation/([^/]+)");
    private static final Pattern BODY = Pattern.compile("cooperation/([^/]+)/body/([^/]+)");
    private static final Pattern BODY_MEETINGS = Pattern.compile("cooperation/([^/]+)/body/([^/]+)/meetings");
    private static final Pattern MEETING = Pattern.compile("cooperation/([^/]+)/meeting/([^/]+)");

    private final QueryGateway queries;
    private final MeetingAccess meetings;

    public LiveTopicAuthorizer(QueryGateway queries, MeetingAccess meetings) {
        this.queries = queries;
        this.meetings = meetings;
    }

    boolean maySee(Principal user, String topic) {
        Optional<String> personId = personIdOf(user);
        if (personId.isEmpty()) {
            return false;
        }
        Matcher person = PERSON.matcher(topic);
        if (person.matches()) {
            return person.group(1).equals(personId.get());
        }
        Matcher bodyMeetings = BODY_MEETINGS.matcher(topic);
        if (bodyMeetings.matches()) {
            return meetings.sitsIn(personId.get(), bodyMeetings.group(1), bodyMeetings.group(2));
        }
        Matcher meeting = MEETING.matcher(topic);
        if (meeting.matches()) {
            return meetings.visibleTo(personId.get(), meeting.group(1), meeting.group(2)).isPresent();
        }
        Matcher body = BODY.matcher(topic);
        if (body.matches()) {
            return visible(body.group(1), personId.get())
                    .filter(cooperation -> findBody(body.group(1), body.group(2)).filter(cooperation::mayOpen).isPresent())
                    .isPresent();
        }
        Matcher cooperation = COOPERATION.matcher(topic);
        if (cooperation.matches()) {
            return visible(cooperation.group(1), personId.get()).filter(visible -> !visible.partner()).isPresent();
        }
        return false;
    }

    private static Optional<String> personIdOf(Principal user) {
        if (user instanceof Authentication authentication
            && authentication.getPrincipal() instanceof PersonPrincipal person) {
            return Optional.of(person.personId());
        }
        return Optional.empty();
    }

    /** The cooperation as this person sees it (the same rule as the pages' and the API's), if they belong to it. */
    private Optional<VisibleCooperation> visible(String cooperationId, String personId) {
        return queries.query(new FindMembershipQuery(cooperationId, personId),
                             ResponseTypes.optionalInstanceOf(MembershipView.class)).join()
                      .flatMap(membership -> queries.query(new FindCooperationQuery(cooperationId),
                                                           ResponseTypes.optionalInstanceOf(CooperationView.class)).join()
                                                    .map(cooperation -> new VisibleCooperation(membership, cooperation)));
    }

    private Optional<BodyView> findBody(String cooperationId, String bodyId) {
        return queries.query(new FindBodyQuery(cooperationId, bodyId), ResponseTypes.optionalInstanceOf(BodyView.class)).join();
    }
}
