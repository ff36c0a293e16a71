package fr.entente.web.forum;

import fr.entente.cooperation.query.MembershipView;
import fr.entente.forum.api.ForumRefusal;
import fr.entente.forum.api.ForumRefusedException;
import fr.entente.forum.api.SpaceKind;
import fr.entente.forum.api.SpaceRole;
import fr.entente.forum.query.FindForumSpaceQuery;
import fr.entente.forum.query.FindForumThreadQuery;
import fr.entente.forum.query.FindPersonSpacesQuery;
import fr.entente.forum.query.SpaceView;
import fr.entente.forum.query.ThreadView;
import fr.entente.web.security.CooperationAccess;
import fr.entente.web.security.CurrentPerson;
import fr.entente.web.security.Memberships;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Who may see what of the forum (domain rule 2): a space and its threads only its members, whatever their role; anyone
 * else (a person of the cooperation outside the space, a person of another cooperation, whatever address they use) is
 * told it does not exist, exactly as for a space that does not exist. The one place of this rule: the API, the pages
 * and the live topics all ask here.
 */
@Component
public class ForumAccess {

    /** A space as a member sees it, with their role in it. */
    public record SeenSpace(SpaceView space, SpaceRole role) {
        public boolean moderator() {
            return role == SpaceRole.MODERATOR;
        }
    }

    /** A thread as a member of its space sees it. */
    public record SeenThread(ThreadView thread, SeenSpace space, String personId) {
    }

    private final QueryGateway queries;
    private final CurrentPerson currentPerson;
    private final CooperationAccess cooperations;
    private final Memberships memberships;

    public ForumAccess(QueryGateway queries, CurrentPerson currentPerson, CooperationAccess cooperations,
                       Memberships memberships) {
        this.queries = queries;
        this.currentPerson = currentPerson;
        this.cooperations = cooperations;
        this.memberships = memberships;
    }

    /** The spaces of this cooperation the signed-in person is a member of; 404 for a cooperation they are not in. */
    public List<SpaceView> spaces(String cooperationId) {
        cooperations.membershipIn(cooperationId);
        return spacesOf(currentPerson.personId(), cooperationId);
    }

    public List<SpaceView> spacesOf(String personId, String cooperationId) {
        return queries.query(new FindPersonSpacesQuery(cooperationId, personId),
                             ResponseTypes.multipleInstancesOf(SpaceView.class)).join();
    }

    /** The space as the signed-in person sees it, or 404. */
    public SeenSpace space(String cooperationId, String spaceId) {
        cooperations.membershipIn(cooperationId);
        return spaceSeenBy(currentPerson.personId(), cooperationId, spaceId).orElseThrow(ForumAccess::notFound);
    }

    /** The thread as the signed-in person sees it, or 404. */
    public SeenThread thread(String cooperationId, String threadId) {
        cooperations.membershipIn(cooperationId);
        return threadSeenBy(currentPerson.personId(), cooperationId, threadId).orElseThrow(ForumAccess::notFound);
    }

    /**
     * The space as this person sees it. A body's space asks the directory too: a person removed from the body loses
     * it at once, before the space's own roster has followed (a moment later).
     */
    public Optional<SeenSpace> spaceSeenBy(String personId, String cooperationId, String spaceId) {
        Optional<MembershipView> membership = memberships.of(cooperationId, personId);
        if (membership.isEmpty()) {
            return Optional.empty();
        }
        return queries.query(new FindForumSpaceQuery(spaceId), ResponseTypes.optionalInstanceOf(SpaceView.class)).join()
                      .filter(space -> space.cooperationId().equals(cooperationId))
                      .filter(space -> space.kind() != SpaceKind.BODY || sitsIn(membership.get(), space.bodyId()))
                      .flatMap(space -> space.roleOf(personId).map(role -> new SeenSpace(space, role)));
    }

    private static boolean sitsIn(MembershipView membership, String bodyId) {
        return membership.bodies().stream().anyMatch(seat -> seat.bodyId().equals(bodyId));
    }

    public Optional<SeenThread> threadSeenBy(String personId, String cooperationId, String threadId) {
        return queries.query(new FindForumThreadQuery(threadId), ResponseTypes.optionalInstanceOf(ThreadView.class)).join()
                      .filter(thread -> thread.cooperationId().equals(cooperationId))
                      .flatMap(thread -> spaceSeenBy(personId, cooperationId, thread.spaceId())
                              .map(space -> new SeenThread(thread, space, personId)));
    }

    public String personId() {
        return currentPerson.personId();
    }

    static ForumRefusedException notFound() {
        return ForumRefusedException.refused(ForumRefusal.NOT_FOUND);
    }
}
