package fr.entente.web.cooperation.rest;

import fr.entente.web.cooperation.DirectoryOrganisations;
import fr.entente.web.cooperation.DirectoryRequests;
import fr.entente.web.cooperation.DirectoryResults;
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

/** The administrators' changes to a cooperation's organisations: member centres, partners, coordinating centre. */
@RestController
@RequestMapping(path = "/api/cooperations/{cooperationId}", produces = "application/json")
@Tag(name = "Administration de l'annuaire", description = "Changes reserved to the cooperation's administrators "
        + "(403 for its other members, 404 for anyone else). Each answers once the change is in the log; the "
        + "directory's reads show it a moment later (eventually consistent).")
public class CooperationOrganisationsController {

    private final DirectoryOrganisations organisations;

    public CooperationOrganisationsController(DirectoryOrganisations organisations) {
        this.organisations = organisations;
    }

    @PostMapping("/centres")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a member centre, known by its department code (unique in the cooperation)")
    public DirectoryResults.CentreAdded addCentre(@PathVariable String cooperationId,
                                                    @Valid @RequestBody DirectoryRequests.NewCentre request) {
        return organisations.addCentre(cooperationId, request);
    }

    @PostMapping("/partners")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a partner organisation (CNFPT, Région…) under an identifier of lower-case letters, digits and dashes")
    public DirectoryResults.PartnerAdded addPartner(@PathVariable String cooperationId,
                                                      @Valid @RequestBody DirectoryRequests.NewPartner request) {
        return organisations.addPartner(cooperationId, request);
    }

    @PutMapping("/coordinator")
    @Operation(summary = "Designate the coordinating centre, one of the member centres")
    public DirectoryResults.Coordinator designateCoordinator(@PathVariable String cooperationId,
                                                               @Valid @RequestBody DirectoryRequests.CoordinatorChoice request) {
        return organisations.designateCoordinator(cooperationId, request);
    }

    @PutMapping("/presidency")
    @Operation(summary = "Set the yearly rotation of the cooperation's presidency: from firstYear, the member centres in "
                         + "the order they preside, each once per round (the technical committee is led by the director "
                         + "of the presiding centre)")
    public DirectoryResults.Presidency setPresidencyRotation(@PathVariable String cooperationId,
                                                             @Valid @RequestBody DirectoryRequests.PresidencyRotation request) {
        return organisations.setPresidencyRotation(cooperationId, request);
    }
}
