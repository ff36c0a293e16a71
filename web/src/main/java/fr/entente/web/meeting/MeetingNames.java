package fr.entente.web.meeting;

import fr.entente.cooperation.query.FindCooperationPeopleQuery;
import fr.entente.cooperation.query.MembershipView;
import fr.entente.infra.security.PersonAccounts;
import fr.entente.meeting.query.ActionItemView;
import fr.entente.meeting.query.AgendaRequestView;
import fr.entente.meeting.query.MeetingView;
import fr.entente.meeting.query.MinutesAmendmentView;
import fr.entente.meeting.query.NoteBlockView;
import fr.entente.meeting.query.ProposalView;
import fr.entente.web.security.CooperationAccess;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The names of the people and organisations a meeting mentions, read at reading time from the accounts and the
 * directory (the log keeps identifiers only). A name is given only for a person of the meeting's cooperation and an
 * organisation of it: an identifier from elsewhere stays without a name.
 */
@Component
public class MeetingNames {

    /** Person id to display name, organisation id to name; {@code null} where none may be given. */
    public record Names(Map<String, String> people, Map<String, String> organisations) {
    }

    private final QueryGateway queries;
    private final PersonAccounts accounts;
    private final CooperationAccess cooperations;

    MeetingNames(QueryGateway queries, PersonAccounts accounts, CooperationAccess cooperations) {
        this.queries = queries;
        this.accounts = accounts;
        this.cooperations = cooperations;
    }

    public Names of(MeetingView meeting) {
        return of(meeting, Set.of());
    }

    /** The meeting's names and those of these other people (the body's members, whom forms offer). */
    public Names of(MeetingView meeting, Collection<String> otherPeople) {
        Set<String> people = new LinkedHashSet<>(peopleOf(meeting));
        people.addAll(otherPeople);
        people.remove(null);
        return new Names(peopleNames(meeting.cooperationId(), people), organisationNames(meeting));
    }

    private Map<String, String> peopleNames(String cooperationId, Set<String> ids) {
        Set<String> ofTheCooperation = queries.query(new FindCooperationPeopleQuery(cooperationId),
                                                     ResponseTypes.multipleInstancesOf(MembershipView.class)).join()
                                              .stream().map(MembershipView::personId).collect(Collectors.toSet());
        Map<String, String> names = accounts.displayNames(ids.stream().filter(ofTheCooperation::contains).toList());
        Map<String, String> people = new LinkedHashMap<>();
        ids.forEach(id -> people.put(id, names.get(id)));
        return people;
    }

    private static Set<String> peopleOf(MeetingView meeting) {
        Set<String> ids = new LinkedHashSet<>();
        meeting.requests().forEach(request -> ids.add(request.requestedBy()));
        meeting.attendance().forEach(entry -> {
            ids.add(entry.personId());
            ids.add(entry.representedBy());
        });
        meeting.notes().stream().map(NoteBlockView::authorId).forEach(ids::add);
        meeting.proposals().forEach(proposal -> {
            ids.add(proposal.proposedByPersonId());
            proposal.history().forEach(change -> ids.add(change.changedBy()));
        });
        meeting.actions().stream().map(ActionItemView::ownerPersonId).forEach(ids::add);
        ids.add(meeting.minutes().approvedBy());
        for (MinutesAmendmentView amendment : meeting.minutes().amendments()) {
            ids.add(amendment.proposedBy());
            ids.add(amendment.approvedBy());
        }
        ids.remove(null);
        return ids;
    }

    /** The organisations the meeting mentions, named if they are of its cooperation. */
    private Map<String, String> organisationNames(MeetingView meeting) {
        Set<String> mentioned = Stream.of(meeting.requests().stream().map(AgendaRequestView::onBehalfOf),
                                          meeting.proposals().stream().map(ProposalView::proposedByOrganisationId),
                                          meeting.actions().stream().map(ActionItemView::ownerOrganisationId))
                                      .flatMap(stream -> stream).filter(Objects::nonNull)
                                      .collect(Collectors.toCollection(LinkedHashSet::new));
        Map<String, String> organisations = new LinkedHashMap<>();
        if (mentioned.isEmpty()) {
            return organisations;
        }
        Map<String, String> ofTheCooperation = new LinkedHashMap<>();
        cooperations.findCooperation(meeting.cooperationId()).ifPresent(cooperation -> {
            cooperation.memberCentres().forEach(centre -> ofTheCooperation.put(centre.organisationId(), centre.name()));
            cooperation.partners().forEach(partner -> ofTheCooperation.put(partner.organisationId(), partner.name()));
        });
        mentioned.forEach(id -> organisations.put(id, ofTheCooperation.get(id)));
        return organisations;
    }
}
