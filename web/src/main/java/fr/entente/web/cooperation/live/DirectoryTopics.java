package fr.entente.web.cooperation.live;

import fr.entente.cooperation.query.BodyView;
import fr.entente.cooperation.query.CooperationView;
import fr.entente.cooperation.query.FindBodyQuery;
import fr.entente.cooperation.query.FindCooperationQuery;
import fr.entente.web.live.LiveTopicRule;
import fr.entente.web.security.Memberships;
import fr.entente.web.security.VisibleCooperation;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The directory's live topics: a person their own home page; a member of a cooperation its directory and its bodies;
 * a person of a partner organisation only the bodies the partner is named to (the same rule as the pages and the API,
 * {@link VisibleCooperation}).
 */
@Component
class DirectoryTopics implements LiveTopicRule {

    private static final Pattern PERSON = Pattern.compile("person/([^/]+)");
    private static final Pattern COOPERATION = Pattern.compile("cooperation/([^/]+)");
    private static final Pattern BODY = Pattern.compile("cooperation/([^/]+)/body/([^/]+)");

    private final QueryGateway queries;
    private final Memberships memberships;

    DirectoryTopics(QueryGateway queries, Memberships memberships) {
        this.queries = queries;
        this.memberships = memberships;
    }

    @Override
    public Optional<Boolean> maySee(String personId, String topic) {
        Matcher person = PERSON.matcher(topic);
        if (person.matches()) {
            return Optional.of(person.group(1).equals(personId));
        }
        Matcher body = BODY.matcher(topic);
        if (body.matches()) {
            return Optional.of(visible(body.group(1), personId)
                    .filter(cooperation -> findBody(body.group(1), body.group(2)).filter(cooperation::mayOpen).isPresent())
                    .isPresent());
        }
        Matcher cooperation = COOPERATION.matcher(topic);
        if (cooperation.matches()) {
            return Optional.of(visible(cooperation.group(1), personId).filter(visible -> !visible.partner()).isPresent());
        }
        return Optional.empty();
    }

    /** The cooperation as this person sees it, if they belong to it. */
    private Optional<VisibleCooperation> visible(String cooperationId, String personId) {
        return memberships.of(cooperationId, personId)
                          .flatMap(membership -> queries.query(new FindCooperationQuery(cooperationId),
                                                               ResponseTypes.optionalInstanceOf(CooperationView.class)).join()
                                                        .map(cooperation -> new VisibleCooperation(membership, cooperation)));
    }

    private Optional<BodyView> findBody(String cooperationId, String bodyId) {
        return queries.query(new FindBodyQuery(cooperationId, bodyId), ResponseTypes.optionalInstanceOf(BodyView.class)).join();
    }
}
