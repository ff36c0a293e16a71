package fr.entente.web.cooperation;

import fr.entente.cooperation.api.AddMemberCentreCommand;
import fr.entente.cooperation.api.AddPartnerOrganisationCommand;
import fr.entente.cooperation.api.DesignateCoordinatingCentreCommand;
import fr.entente.cooperation.api.MemberCentreAddedEvent;
import fr.entente.cooperation.api.MemberCentres;
import fr.entente.cooperation.api.PartnerOrganisationAddedEvent;
import fr.entente.web.security.PersonCommands;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.Locale;

/** The administrators' changes to a cooperation's organisations: member centres, partners, coordinating centre. */
@RestController
@RequestMapping(path = "/api/cooperations/{cooperationId}", produces = "application/json")
@Tag(name = "Administration de l'annuaire", description = "Changes reserved to the cooperation's administrators "
        + "(403 for its other members, 404 for anyone else). Each answers once the change is in the log; the "
        + "directory's reads show it a moment later (eventually consistent).")
public class CooperationOrganisationsController {

    private final PersonCommands commands;

    public CooperationOrganisationsController(PersonCommands commands) {
        this.commands = commands;
    }

    @PostMapping("/centres")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a member centre, known by its department code (unique in the cooperation)")
    public DirectoryResponses.CentreAdded addCentre(@PathVariable String cooperationId,
                                                    @Valid @RequestBody DirectoryRequests.NewCentre request) {
        MemberCentreAddedEvent added = commands.send(cooperationId,
                new AddMemberCentreCommand(cooperationId, request.departmentCode(), request.name()));
        return new DirectoryResponses.CentreAdded(added.departmentCode(),
                                                  MemberCentres.organisationIdOf(added.departmentCode()), added.name());
    }

    @PostMapping("/partners")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a partner organisation (CNFPT, Région…) under an identifier of lower-case letters, digits and dashes")
    public DirectoryResponses.PartnerAdded addPartner(@PathVariable String cooperationId,
                                                      @Valid @RequestBody DirectoryRequests.NewPartner request) {
        PartnerOrganisationAddedEvent added = commands.send(cooperationId,
                new AddPartnerOrganisationCommand(cooperationId, request.organisationId(), request.name()));
        return new DirectoryResponses.PartnerAdded(added.organisationId(), added.name());
    }

    @PutMapping("/coordinator")
    @Operation(summary = "Designate the coordinating centre, one of the member centres")
    public DirectoryResponses.Coordinator designateCoordinator(@PathVariable String cooperationId,
                                                               @Valid @RequestBody DirectoryRequests.CoordinatorChoice request) {
        commands.send(cooperationId, new DesignateCoordinatingCentreCommand(cooperationId, request.departmentCode()));
        String departmentCode = request.departmentCode().strip().toUpperCase(Locale.ROOT);
        return new DirectoryResponses.Coordinator(departmentCode, MemberCentres.organisationIdOf(departmentCode));
    }
}
