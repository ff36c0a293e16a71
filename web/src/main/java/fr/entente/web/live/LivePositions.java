package fr.entente.web.live;

import fr.entente.live.query.FindTopicPositionQuery;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * Where a live page starts following its topic. A page asks before it reads what it renders: the state it then
 * reads is at least that recent, and following since that position brings everything after it (a state received
 * twice renders the same), rather than the whole retained history of the topic.
 */
@Component
public class LivePositions {

    private final QueryGateway queries;

    LivePositions(QueryGateway queries) {
        this.queries = queries;
    }

    public long of(String topic) {
        return queries.query(new FindTopicPositionQuery(topic), ResponseTypes.instanceOf(Long.class)).join();
    }
}
