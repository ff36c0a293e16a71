package fr.entente.study.query;

import fr.entente.cooperation.api.BodyKind;
import fr.entente.cooperation.api.BodyRole;
import fr.entente.cooperation.query.DirectoryQueries;
import fr.entente.cooperation.query.MembershipView;
import fr.entente.study.api.StudyRoster;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The studies' view of the directory, asked through its queries: the working group's seats (its officer and convenor
 * run the studies, its members propose them), the technical committee's (its directors raise questions), the
 * cooperation's administrators, and its member centres.
 */
@Component
public class StudyRosterFromDirectory implements StudyRoster {

    private final DirectoryQueries directory;

    public StudyRosterFromDirectory(@Lazy QueryGateway queries) {
        this.directory = new DirectoryQueries(queries);
    }

    @Override
    public boolean managesStudies(String cooperationId, String personId) {
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
    public boolean sitsInTechnicalCommittee(String cooperationId, String personId) {
        return directory.sitsIn(cooperationId, BodyKind.TECHNICAL_COMMITTEE, personId);
    }

    @Override
    public Optional<String> organisationOf(String cooperationId, String personId) {
        return directory.membership(cooperationId, personId).map(MembershipView::organisationId);
    }

    @Override
    public boolean isMemberCentre(String cooperationId, String organisationId) {
        return directory.isMemberCentre(cooperationId, organisationId);
    }
}
