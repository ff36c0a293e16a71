package fr.entente.web.decision;

import fr.entente.cooperation.api.BodyRole;
import fr.entente.cooperation.query.BodyMembershipView;
import fr.entente.cooperation.query.MembershipView;
import fr.entente.decision.query.BodyOfCooperation;
import fr.entente.decision.query.DecisionSummary;
import fr.entente.decision.query.DecisionView;
import fr.entente.decision.query.FindBodyDecisionsQuery;
import fr.entente.decision.query.FindDecisionQuery;
import fr.entente.decision.query.FindOpenDecisionsOfBodiesQuery;
import fr.entente.decision.query.FindRegisterQuery;
import fr.entente.web.problem.NotVisibleException;
import fr.entente.web.security.CooperationAccess;
import fr.entente.web.security.CurrentPerson;
import fr.entente.web.security.Memberships;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Who may see a body's decisions: the people who sit in the body, the cooperation's administrators, and a centre's
 * delegate for the decision they were designated for. Anyone else, and anyone of another cooperation, is told the
 * decision does not exist (404). The votes are open: whoever sees a decision sees who voted what. The one place of
 * this rule: the API, the pages and the live topics ask here.
 */
@Component
public class DecisionAccess {

    private final QueryGateway queries;
    private final CurrentPerson currentPerson;
    private final Memberships memberships;
    private final CooperationAccess cooperations;

    DecisionAccess(QueryGateway queries, CurrentPerson currentPerson, Memberships memberships,
                   CooperationAccess cooperations) {
        this.cooperations = cooperations;
        this.queries = queries;
        this.currentPerson = currentPerson;
        this.memberships = memberships;
    }

    public Optional<SeenDecision> seenBy(String personId, String cooperationId, String decisionId) {
        return find(decisionId).filter(decision -> decision.cooperationId().equals(cooperationId))
                               .flatMap(decision -> seen(decision, personId));
    }

    /** The decision as the signed-in person sees it, or 404. */
    public SeenDecision seen(String cooperationId, String decisionId) {
        return seenBy(currentPerson.personId(), cooperationId, decisionId).orElseThrow(NotVisibleException::decision);
    }

    /** Whether this person sees this body's decisions: they sit in it, or administer the cooperation. */
    public boolean seesBody(String personId, String cooperationId, String bodyId) {
        return memberships.of(cooperationId, personId)
                          .map(membership -> membership.administrator() || seat(membership, bodyId).isPresent())
                          .orElse(false);
    }

    /** Whether the signed-in person manages this body's decisions (officer, convenor, administrator). */
    public boolean managesBody(String cooperationId, String bodyId) {
        return memberships.of(cooperationId, currentPerson.personId())
                          .map(membership -> manager(membership, bodyId)).orElse(false);
    }

    public List<DecisionSummary> bodyDecisions(String cooperationId, String bodyId) {
        requireBody(cooperationId, bodyId);
        return queries.query(new FindBodyDecisionsQuery(cooperationId, bodyId),
                             ResponseTypes.multipleInstancesOf(DecisionSummary.class)).join();
    }

    /** The names of a body and its cooperation, as the register's PDF shows them. */
    public record Named(String body, String cooperation) {
    }

    /** The body's and the cooperation's names, if the signed-in person sees the body's decisions; or 404. */
    public Named names(String cooperationId, String bodyId) {
        requireBody(cooperationId, bodyId);
        var body = cooperations.body(cooperationId, bodyId);
        return new Named(body.name() == null ? body.bodyId() : body.name(),
                         cooperations.cooperation(cooperationId).cooperation().name());
    }

    public List<DecisionSummary> register(String cooperationId, String bodyId, Integer year) {
        requireBody(cooperationId, bodyId);
        return queries.query(new FindRegisterQuery(cooperationId, bodyId, year),
                             ResponseTypes.multipleInstancesOf(DecisionSummary.class)).join();
    }

    /** The open decisions of the bodies this person sits in, everywhere: the home page's "À arbitrer". */
    public List<DecisionSummary> openWhereTheyVote(List<MembershipView> memberships) {
        List<BodyOfCooperation> bodies = memberships.stream()
                .flatMap(membership -> membership.bodies().stream()
                                                 .map(seat -> new BodyOfCooperation(membership.cooperationId(), seat.bodyId())))
                .toList();
        return queries.query(new FindOpenDecisionsOfBodiesQuery(bodies),
                             ResponseTypes.multipleInstancesOf(DecisionSummary.class)).join().stream()
                      .filter(decision -> memberships.stream().anyMatch(
                              membership -> membership.cooperationId().equals(decision.cooperationId())
                                            && decision.electorate().contains(membership.organisationId())))
                      .toList();
    }

    private void requireBody(String cooperationId, String bodyId) {
        cooperations.body(cooperationId, bodyId);
        if (!seesBody(currentPerson.personId(), cooperationId, bodyId)) {
            throw NotVisibleException.body();
        }
    }

    private Optional<DecisionView> find(String decisionId) {
        return queries.query(new FindDecisionQuery(decisionId), ResponseTypes.optionalInstanceOf(DecisionView.class)).join();
    }

    private Optional<SeenDecision> seen(DecisionView decision, String personId) {
        Optional<MembershipView> membership = memberships.of(decision.cooperationId(), personId);
        if (membership.isEmpty()) {
            return Optional.empty();
        }
        MembershipView of = membership.get();
        boolean sits = seat(of, decision.bodyId()).isPresent();
        Optional<String> delegateOf = decision.delegates().stream().filter(d -> d.delegateId().equals(personId))
                                              .map(d -> d.organisationId()).findFirst();
        if (!sits && !of.administrator() && delegateOf.isEmpty()) {
            return Optional.empty();
        }
        String votesFor = sits && decision.electorate().contains(of.organisationId()) ? of.organisationId()
                                                                                       : delegateOf.orElse(null);
        return Optional.of(new SeenDecision(decision, personId, manager(of, decision.bodyId()), votesFor,
                                            of.organisationId()));
    }

    private static boolean manager(MembershipView membership, String bodyId) {
        return membership.administrator()
               || seat(membership, bodyId).filter(role -> role == BodyRole.OFFICER || role == BodyRole.CONVENOR).isPresent();
    }

    private static Optional<BodyRole> seat(MembershipView membership, String bodyId) {
        return membership.bodies().stream().filter(seat -> seat.bodyId().equals(bodyId))
                         .map(BodyMembershipView::role).findFirst();
    }

    public boolean sitsIn(String personId, String cooperationId, String bodyId) {
        return memberships.of(cooperationId, personId).flatMap(membership -> seat(membership, bodyId)).isPresent();
    }
}
