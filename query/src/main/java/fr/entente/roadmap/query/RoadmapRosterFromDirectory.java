package fr.entente.roadmap.query;

import fr.entente.cooperation.api.BodyKind;
import fr.entente.cooperation.api.BodyRole;
import fr.entente.cooperation.query.DirectoryQueries;
import fr.entente.cooperation.query.MembershipView;
import fr.entente.roadmap.api.RoadmapRoster;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The roadmaps' view of the directory, asked through its queries: the working group's officer and convenor (and the
 * cooperation's administrators) manage the roadmap, its members propose it; the cooperation's member centres and
 * partner organisations are what its actions may name.
 */
@Component
public class RoadmapRosterFromDirectory implements RoadmapRoster {

    private final DirectoryQueries directory;

    public RoadmapRosterFromDirectory(@Lazy QueryGateway queries) {
        this.directory = new DirectoryQueries(queries);
    }

    @Override
    public boolean managesRoadmaps(String cooperationId, String personId) {
        return directory.membership(cooperationId, personId).map(membership -> membership.administrator()
                || directory.seatIn(cooperationId, membership, BodyKind.WORKING_GROUP)
                            .filter(role -> role == BodyRole.OFFICER || role == BodyRole.CONVENOR).isPresent())
                .orElse(false);
    }

    @Override
    public boolean sitsInWorkingGroup(String cooperationId, String personId) {
        return directory.sitsIn(cooperationId, BodyKind.WORKING_GROUP, personId);
    }

    @Override
    public Optional<String> organisationOf(String cooperationId, String personId) {
        return directory.membership(cooperationId, personId).map(MembershipView::organisationId);
    }

    @Override
    public boolean isMemberCentre(String cooperationId, String organisationId) {
        return directory.isMemberCentre(cooperationId, organisationId);
    }

    @Override
    public boolean isPartner(String cooperationId, String organisationId) {
        return directory.isPartner(cooperationId, organisationId);
    }
}
