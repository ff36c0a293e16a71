package fr.entente.web.decision;

import fr.entente.cooperation.query.FindCooperationPeopleQuery;
import fr.entente.cooperation.query.MembershipView;
import fr.entente.decision.query.DecisionView;
import fr.entente.infra.security.PersonAccounts;
import fr.entente.web.security.CooperationAccess;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The names of the people and organisations a decision names (voters, delegates, who opened, closed or annulled it;
 * the voting centres), resolved at reading time from the directory and the accounts: the log holds identifiers only,
 * so that a person can be erased. A person who is no longer of the cooperation has no name ({@code null}).
 */
@Component
public class DecisionNames {

    /** Person id to display name, organisation id to name. */
    public record Names(Map<String, String> people, Map<String, String> organisations) {
    }

    private final QueryGateway queries;
    private final PersonAccounts accounts;
    private final CooperationAccess cooperations;

    DecisionNames(QueryGateway queries, PersonAccounts accounts, CooperationAccess cooperations) {
        this.queries = queries;
        this.accounts = accounts;
        this.cooperations = cooperations;
    }

    public Names of(DecisionView decision) {
        Set<String> people = new LinkedHashSet<>();
        people.add(decision.openedBy());
        decision.votes().forEach(vote -> people.add(vote.voterId()));
        decision.delegates().forEach(delegate -> people.add(delegate.delegateId()));
        decision.history().forEach(entry -> people.add(entry.actorId()));
        people.remove(null);
        return new Names(people(decision.cooperationId(), people), organisations(decision.cooperationId()));
    }

    /** The cooperation's people, for the delegate form. */
    public Map<String, String> people(String cooperationId, Collection<String> ids) {
        Set<String> ofTheCooperation = queries.query(new FindCooperationPeopleQuery(cooperationId),
                                                     ResponseTypes.multipleInstancesOf(MembershipView.class)).join()
                                              .stream().map(MembershipView::personId).collect(Collectors.toSet());
        Map<String, String> names = accounts.displayNames(ids.stream().filter(ofTheCooperation::contains).toList());
        Map<String, String> people = new LinkedHashMap<>();
        ids.forEach(id -> people.put(id, names.get(id)));
        return people;
    }

    public Map<String, String> organisations(String cooperationId) {
        Map<String, String> organisations = new LinkedHashMap<>();
        cooperations.findCooperation(cooperationId).ifPresent(cooperation -> {
            cooperation.memberCentres().forEach(centre -> organisations.put(centre.organisationId(), centre.name()));
            cooperation.partners().forEach(partner -> organisations.put(partner.organisationId(), partner.name()));
        });
        return organisations;
    }

    /** The people of the cooperation who belong to this organisation: whom a director may designate. */
    public Map<String, String> peopleOf(String cooperationId, String organisationId) {
        Set<String> ids = queries.query(new FindCooperationPeopleQuery(cooperationId),
                                        ResponseTypes.multipleInstancesOf(MembershipView.class)).join().stream()
                                 .filter(membership -> organisationId.equals(membership.organisationId()))
                                 .map(MembershipView::personId)
                                 .collect(Collectors.toCollection(LinkedHashSet::new));
        return people(cooperationId, ids);
    }
}
