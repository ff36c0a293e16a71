package fr.entente.web.cooperation;

import fr.entente.cooperation.api.CooperationRefusal;
import fr.entente.cooperation.api.CooperationRefusedException;
import fr.entente.cooperation.api.RemovePersonCommand;
import fr.entente.cooperation.query.FindCooperationPeopleQuery;
import fr.entente.cooperation.query.MembershipView;
import fr.entente.infra.security.PersonAccounts;
import fr.entente.web.security.CooperationAccess;
import fr.entente.web.security.PersonCommands;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The people registered in a cooperation, for its administrators: who they are, where they sit; removing one. */
@RestController
@RequestMapping(path = "/api/cooperations/{cooperationId}/people", produces = "application/json")
@Tag(name = "Administration de l'annuaire")
public class CooperationPeopleController {

    private final CooperationAccess access;
    private final QueryGateway queries;
    private final PersonAccounts accounts;
    private final PersonCommands commands;

    public CooperationPeopleController(CooperationAccess access, QueryGateway queries, PersonAccounts accounts,
                                       PersonCommands commands) {
        this.access = access;
        this.queries = queries;
        this.accounts = accounts;
        this.commands = commands;
    }

    @GetMapping
    @Operation(summary = "Everyone registered in the cooperation, sorted by name (administrators only)",
               description = "403 for its other members, 404 for anyone else. A person whose account was erased "
                             + "has no display name.")
    public List<DirectoryResponses.RegisteredPerson> people(@PathVariable String cooperationId) {
        if (!access.membershipIn(cooperationId).administrator()) {
            throw CooperationRefusedException.refused(CooperationRefusal.ADMINISTRATOR_REQUIRED);
        }
        List<MembershipView> people = queries.query(new FindCooperationPeopleQuery(cooperationId),
                                                    ResponseTypes.multipleInstancesOf(MembershipView.class)).join();
        Map<String, String> names = accounts.displayNames(people.stream().map(MembershipView::personId).toList());
        return people.stream()
                     .map(person -> new DirectoryResponses.RegisteredPerson(person.personId(), names.get(person.personId()),
                                                                           person.organisationId(), person.administrator(),
                                                                           person.bodies()))
                     .sorted(Comparator.comparing((DirectoryResponses.RegisteredPerson person) ->
                                                          Objects.requireNonNullElse(person.displayName(), person.personId()))
                                       .thenComparing(DirectoryResponses.RegisteredPerson::personId))
                     .toList();
    }

    /** A person's name from their account (the identifier once the account is erased); for confirmations. */
    public String displayNameOf(String personId) {
        return Objects.requireNonNullElse(accounts.displayNames(List.of(personId)).get(personId), personId);
    }

    @DeleteMapping("/{personId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a person from the cooperation (administrators only)",
               description = "They leave their bodies and the administration; what they did stays in the log, "
                             + "under their identifier. 404 for someone not registered; 409 for the last administrator.")
    public void remove(@PathVariable String cooperationId, @PathVariable String personId) {
        commands.send(cooperationId, new RemovePersonCommand(cooperationId, personId));
    }
}
