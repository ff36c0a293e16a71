package fr.entente.web.study;

import fr.entente.study.api.StudyRefusal;
import fr.entente.study.api.StudyRefusedException;
import fr.entente.study.api.StudyRoster;
import fr.entente.study.query.FindStudiesQuery;
import fr.entente.study.query.FindStudyQuery;
import fr.entente.study.query.StudyView;
import fr.entente.web.security.CooperationAccess;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Who sees the observatory's studies: the people of the cooperation who sit in its working group or its technical
 * committee, and its administrators. Anyone else, and anyone of another cooperation, is told a study does not exist.
 */
@Component
public class StudyAccess {

    private final QueryGateway queries;
    private final CooperationAccess cooperations;
    private final StudyRoster roster;

    StudyAccess(QueryGateway queries, CooperationAccess cooperations, StudyRoster roster) {
        this.queries = queries;
        this.cooperations = cooperations;
        this.roster = roster;
    }

    public StudyView seen(String cooperationId, String studyId) {
        mayFollowStudies(cooperationId);
        return queries.query(new FindStudyQuery(studyId), ResponseTypes.optionalInstanceOf(StudyView.class)).join()
                      .filter(study -> study.cooperationId().equals(cooperationId))
                      .orElseThrow(() -> StudyRefusedException.refused(StudyRefusal.NOT_FOUND));
    }

    public List<StudyView> studies(String cooperationId) {
        mayFollowStudies(cooperationId);
        return queries.query(new FindStudiesQuery(cooperationId), ResponseTypes.multipleInstancesOf(StudyView.class)).join();
    }

    /** The study as this person may see it (a live topic's subscription): empty if they may not. */
    public Optional<StudyView> seenBy(String personId, String cooperationId, String studyId) {
        if (!followsStudies(personId, cooperationId)) {
            return Optional.empty();
        }
        return queries.query(new FindStudyQuery(studyId), ResponseTypes.optionalInstanceOf(StudyView.class)).join()
                      .filter(study -> study.cooperationId().equals(cooperationId));
    }

    /** Whether this person follows the cooperation's studies: its working group, its technical committee, its managers. */
    public boolean followsStudies(String personId, String cooperationId) {
        return personId != null && (roster.managesStudies(cooperationId, personId)
                                    || roster.sitsInWorkingGroup(cooperationId, personId)
                                    || roster.sitsInTechnicalCommittee(cooperationId, personId));
    }

    private void mayFollowStudies(String cooperationId) {
        String personId = cooperations.membershipIn(cooperationId).personId();
        if (!followsStudies(personId, cooperationId)) {
            throw StudyRefusedException.refused(StudyRefusal.NOT_FOUND);
        }
    }
}
