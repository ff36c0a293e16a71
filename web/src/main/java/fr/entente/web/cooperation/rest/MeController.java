package fr.entente.web.cooperation.rest;

import fr.entente.web.cooperation.PeopleRequests;
import fr.entente.web.cooperation.PeopleResults;
import fr.entente.cooperation.api.BodyRole;
import fr.entente.cooperation.query.BodySummary;
import fr.entente.cooperation.query.FindMembershipsQuery;
import fr.entente.cooperation.query.MembershipView;
import fr.entente.infra.security.PersonAccount;
import fr.entente.infra.security.PersonAccounts;
import fr.entente.infra.security.PersonPrincipal;
import fr.entente.web.problem.RequestRefusedException;
import fr.entente.web.problem.WebRefusal;
import fr.entente.web.security.CooperationAccess;
import fr.entente.web.security.CurrentPerson;
import fr.entente.web.security.PasswordChangeThrottle;
import fr.entente.web.security.PersonSessions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The signed-in person: who they are, their cooperations, bodies and roles; their password. */
@RestController
@RequestMapping(path = "/api/me", produces = "application/json")
@Tag(name = "Personnes")
public class MeController {

    private final CurrentPerson currentPerson;
    private final PersonAccounts accounts;
    private final QueryGateway queries;
    private final CooperationAccess access;
    private final PasswordChangeThrottle throttle;
    private final PersonSessions sessions;

    public MeController(CurrentPerson currentPerson, PersonAccounts accounts, QueryGateway queries,
                        CooperationAccess access, PasswordChangeThrottle throttle, PersonSessions sessions) {
        this.currentPerson = currentPerson;
        this.accounts = accounts;
        this.queries = queries;
        this.access = access;
        this.throttle = throttle;
        this.sessions = sessions;
    }

    @GetMapping
    @Operation(summary = "The signed-in person, their cooperations, and in each their bodies and roles",
               description = "Eventually consistent: a membership granted a moment ago shows within milliseconds.")
    public PeopleResults.Me me() {
        PersonPrincipal person = currentPerson.get();
        PersonAccount account = accounts.find(person.personId()).orElseThrow();
        List<MembershipView> memberships = queries.query(new FindMembershipsQuery(person.personId()),
                                                         ResponseTypes.multipleInstancesOf(MembershipView.class)).join();
        return new PeopleResults.Me(account.personId(), account.username(), account.displayName(), account.email(),
                                      memberships.stream().map(this::membership).flatMap(Optional::stream).toList());
    }

    @PostMapping("/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Change one's password (the current one is required; the new one has at least 12 characters "
                         + "and is hard to guess)",
               description = "Ends the person's other sessions. Wrong current passwords are throttled like sign-ins (429).")
    public void changePassword(@Valid @RequestBody PeopleRequests.PasswordChange request, HttpServletRequest http) {
        PersonPrincipal person = currentPerson.get();
        String address = http.getRemoteAddr();
        throttle.waitFor(person.personId(), address).ifPresent(wait -> {
            throw new RequestRefusedException(WebRefusal.PASSWORD_CHANGE_THROTTLED, Math.max(1, (wait.toSeconds() + 59) / 60));
        });
        if (!accounts.changePassword(person.personId(), request.currentPassword(), request.newPassword())) {
            throttle.failed(person.personId(), address);
            throw new RequestRefusedException(WebRefusal.WRONG_PASSWORD);
        }
        throttle.succeeded(person.personId(), address);
        // whoever held another session of this person signs in again, with the new password; this one gets a new id
        HttpSession session = http.getSession(false);
        sessions.endAllBut(person, session == null ? null : http.changeSessionId());
    }

    private Optional<PeopleResults.Membership> membership(MembershipView membership) {
        return access.findCooperation(membership.cooperationId()).map(cooperation -> {
            Map<String, BodySummary> bodies = cooperation.bodies().stream()
                    .collect(Collectors.toMap(BodySummary::bodyId, Function.identity()));
            return new PeopleResults.Membership(cooperation.cooperationId(), cooperation.name(), cooperation.region(),
                    membership.organisationId(), membership.administrator(),
                    membership.bodies().stream()
                              .filter(seat -> bodies.containsKey(seat.bodyId()))
                              .map(seat -> seat(bodies.get(seat.bodyId()), seat.role()))
                              .toList());
        });
    }

    private static PeopleResults.BodySeat seat(BodySummary body, BodyRole role) {
        return new PeopleResults.BodySeat(body.bodyId(), body.kind(), body.name(), role);
    }
}
