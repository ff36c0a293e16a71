package fr.entente.web.cooperation;

import org.springframework.stereotype.Component;
import fr.entente.cooperation.api.CooperationRefusal;
import fr.entente.cooperation.api.CooperationRefusedException;
import fr.entente.cooperation.api.ErasePersonCommand;
import fr.entente.cooperation.api.RemovePersonCommand;
import fr.entente.cooperation.query.FindCooperationPeopleQuery;
import fr.entente.cooperation.query.MembershipView;
import fr.entente.infra.security.PersonAccounts;
import fr.entente.web.security.CooperationAccess;
import fr.entente.web.application.PersonCommands;
import fr.entente.web.application.ReadModels;
import fr.entente.web.application.WrittenPosition;
import fr.entente.web.problem.RequestRefusedException;
import fr.entente.web.problem.WebRefusal;
import fr.entente.web.security.Memberships;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The people registered in a cooperation, for its administrators (API and pages): who they are, where they sit; removing one. */
@Component
public class CooperationPeople {

    private final CooperationAccess access;
    private final QueryGateway queries;
    private final PersonAccounts accounts;
    private final PersonCommands commands;
    private final Memberships memberships;
    private final ReadModels readModels;

    public CooperationPeople(CooperationAccess access, QueryGateway queries, PersonAccounts accounts,
                             PersonCommands commands, Memberships memberships, ReadModels readModels) {
        this.memberships = memberships;
        this.readModels = readModels;
        this.access = access;
        this.queries = queries;
        this.accounts = accounts;
        this.commands = commands;
    }

    public List<DirectoryResults.RegisteredPerson> people(String cooperationId) {
        if (!access.membershipIn(cooperationId).administrator()) {
            throw CooperationRefusedException.refused(CooperationRefusal.ADMINISTRATOR_REQUIRED);
        }
        List<MembershipView> people = queries.query(new FindCooperationPeopleQuery(cooperationId),
                                                    ResponseTypes.multipleInstancesOf(MembershipView.class)).join();
        Map<String, String> names = accounts.displayNames(people.stream().map(MembershipView::personId).toList());
        return people.stream()
                     .map(person -> new DirectoryResults.RegisteredPerson(person.personId(), names.get(person.personId()),
                                                                           person.organisationId(), person.administrator(),
                                                                           person.bodies()))
                     .sorted(Comparator.comparing((DirectoryResults.RegisteredPerson person) ->
                                                          Objects.requireNonNullElse(person.displayName(), person.personId()))
                                       .thenComparing(DirectoryResults.RegisteredPerson::personId))
                     .toList();
    }

    /** A person's name from their account (the identifier once the account is erased); for confirmations. */
    public String displayNameOf(String personId) {
        return Objects.requireNonNullElse(accounts.displayNames(List.of(personId)).get(personId), personId);
    }

    public void remove(String cooperationId, String personId) {
        commands.send(cooperationId, new RemovePersonCommand(cooperationId, personId));
    }

    /**
     * Erases a person's personal data, removing them from the cooperation first if need be; answered once their account
     * and feeds are gone. An account is the hub's, not one cooperation's: a person who still belongs to another
     * cooperation keeps it, and is refused here (their removal from this one is still possible).
     */
    public void erase(String cooperationId, String personId) {
        boolean elsewhere = memberships.everywhere(personId).stream()
                                       .anyMatch(membership -> !membership.cooperationId().equals(cooperationId));
        if (elsewhere) {
            throw new RequestRefusedException(WebRefusal.PERSON_BELONGS_ELSEWHERE);
        }
        commands.send(cooperationId, new ErasePersonCommand(cooperationId, personId));
        WrittenPosition.ofThisRequest().ifPresent(position -> readModels.awaitProcessed(position, PersonalDataEraser.PROCESSING_GROUP));
    }
}
