package fr.entente.web.cooperation;

import fr.entente.cooperation.query.BodySummary;
import fr.entente.cooperation.query.BodyView;
import fr.entente.cooperation.query.CooperationView;
import fr.entente.cooperation.query.FindBodiesQuery;
import fr.entente.cooperation.query.MemberCentreView;
import fr.entente.infra.security.PersonAccounts;
import fr.entente.web.security.CooperationAccess;
import fr.entente.web.security.VisibleCooperation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The directory of a cooperation and its bodies, as the signed-in person may see them. */
@RestController
@RequestMapping(path = "/api/cooperations/{cooperationId}", produces = "application/json")
@Tag(name = "Annuaire", description = "The directory of a cooperation: its centres, partners, coordinator, "
                                      + "administrators and bodies. Reads are eventually consistent: a change "
                                      + "answered a moment ago shows within a few milliseconds.")
public class CooperationDirectoryController {

    private final CooperationAccess access;
    private final QueryGateway queries;
    private final PersonAccounts accounts;

    public CooperationDirectoryController(CooperationAccess access, QueryGateway queries, PersonAccounts accounts) {
        this.access = access;
        this.queries = queries;
        this.accounts = accounts;
    }

    @GetMapping
    @Operation(summary = "The directory of a cooperation",
               description = "For its members only (404 for anyone else, whether the cooperation exists or not). "
                             + "A partner's people see only the bodies their organisation is named to.")
    public DirectoryResponses.Directory directory(@PathVariable String cooperationId) {
        VisibleCooperation visible = access.cooperation(cooperationId);
        CooperationView cooperation = visible.cooperation();
        List<BodySummary> bodies = cooperation.bodies();
        if (visible.partner()) {
            Set<String> opened = queries.query(new FindBodiesQuery(cooperationId), ResponseTypes.multipleInstancesOf(BodyView.class))
                    .join().stream().filter(visible::mayOpen).map(BodyView::bodyId).collect(Collectors.toSet());
            bodies = bodies.stream().filter(body -> opened.contains(body.bodyId())).toList();
        }
        Map<String, String> names = accounts.displayNames(cooperation.administrators());
        return new DirectoryResponses.Directory(
                cooperation.cooperationId(), cooperation.name(), cooperation.region(), cooperation.memberCentres(),
                cooperation.coordinatingCentre().map(MemberCentreView::departmentCode).orElse(null),
                cooperation.partners(),
                cooperation.administrators().stream()
                           .map(id -> new DirectoryResponses.Person(id, names.get(id))).toList(),
                bodies);
    }

    @GetMapping("/bodies/{bodyId}")
    @Operation(summary = "A body of a cooperation, with its named partners and its members",
               description = "404 for a body of another cooperation, and for a partner's person when the partner "
                             + "is not named to the body.")
    public DirectoryResponses.Body body(@PathVariable String cooperationId, @PathVariable String bodyId) {
        BodyView body = access.body(cooperationId, bodyId);
        Map<String, String> names = accounts.displayNames(body.members().stream().map(member -> member.personId()).toList());
        return new DirectoryResponses.Body(body.cooperationId(), body.bodyId(), body.kind(), body.name(), body.partners(),
                body.members().stream()
                    .map(member -> new DirectoryResponses.Member(member.personId(), names.get(member.personId()),
                                                                 member.organisationId(), member.role()))
                    .toList());
    }
}
