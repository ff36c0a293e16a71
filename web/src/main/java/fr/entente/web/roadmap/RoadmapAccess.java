package fr.entente.web.roadmap;

import fr.entente.roadmap.api.RoadmapRefusal;
import fr.entente.roadmap.api.RoadmapRefusedException;
import fr.entente.roadmap.query.FindRoadmapQuery;
import fr.entente.roadmap.query.FindRoadmapsQuery;
import fr.entente.roadmap.query.RoadmapView;
import fr.entente.web.security.CooperationAccess;
import fr.entente.web.security.Memberships;
import fr.entente.web.security.VisibleCooperation;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Who sees a cooperation's roadmaps: the people of its member centres (the roadmap is the cooperation's programme,
 * its centres carry its actions). A partner's people, who see only the bodies they are named to, and anyone of
 * another cooperation are told a roadmap does not exist.
 */
@Component
public class RoadmapAccess {

    private final QueryGateway queries;
    private final CooperationAccess cooperations;
    private final Memberships memberships;

    RoadmapAccess(QueryGateway queries, CooperationAccess cooperations, Memberships memberships) {
        this.memberships = memberships;
        this.queries = queries;
        this.cooperations = cooperations;
    }

    public RoadmapView seen(String cooperationId, String roadmapId) {
        mayFollow(cooperationId);
        return find(cooperationId, roadmapId).orElseThrow(() -> RoadmapRefusedException.refused(RoadmapRefusal.NOT_FOUND));
    }

    public List<RoadmapView> roadmaps(String cooperationId) {
        mayFollow(cooperationId);
        return queries.query(new FindRoadmapsQuery(cooperationId), ResponseTypes.multipleInstancesOf(RoadmapView.class)).join();
    }

    /** For a live topic: whether this person (of this cooperation, not of a partner) sees the roadmap. */
    public boolean seenBy(String personId, String cooperationId, String roadmapId) {
        return memberships.of(cooperationId, personId)
                          .flatMap(membership -> cooperations.findCooperation(cooperationId)
                                  .map(cooperation -> !new VisibleCooperation(membership, cooperation).partner()))
                          .orElse(false)
               && find(cooperationId, roadmapId).isPresent();
    }

    private Optional<RoadmapView> find(String cooperationId, String roadmapId) {
        return queries.query(new FindRoadmapQuery(roadmapId), ResponseTypes.optionalInstanceOf(RoadmapView.class)).join()
                      .filter(roadmap -> roadmap.cooperationId().equals(cooperationId));
    }

    private void mayFollow(String cooperationId) {
        VisibleCooperation cooperation = cooperations.cooperation(cooperationId);
        if (cooperation.partner()) {
            throw RoadmapRefusedException.refused(RoadmapRefusal.NOT_FOUND);
        }
    }
}
