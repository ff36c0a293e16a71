package fr.entente.web.cooperation.rest;

import fr.entente.web.cooperation.DirectoryBodies;
import fr.entente.web.cooperation.DirectoryRequests;
import fr.entente.web.cooperation.DirectoryResults;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The administrators' changes to a cooperation's bodies: creation, partners named, members and their roles. */
@RestController
@RequestMapping(path = "/api/cooperations/{cooperationId}/bodies", produces = "application/json")
@Tag(name = "Administration de l'annuaire")
public class CooperationBodiesController {

    private final DirectoryBodies bodies;

    public CooperationBodiesController(DirectoryBodies bodies) {
        this.bodies = bodies;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a body (steering committee, technical committee, working group, or another, named, body)")
    public DirectoryResults.BodyCreated createBody(@PathVariable String cooperationId,
                                                     @Valid @RequestBody DirectoryRequests.NewBody request) {
        return bodies.createBody(cooperationId, request);
    }

    @PostMapping("/{bodyId}/partners")
    @Operation(summary = "Name a partner to a body: its people may then sit in it (naming it again changes nothing)")
    public DirectoryResults.PartnerNamed namePartner(@PathVariable String cooperationId, @PathVariable String bodyId,
                                                       @Valid @RequestBody DirectoryRequests.PartnerNaming request) {
        return bodies.namePartner(cooperationId, bodyId, request);
    }

    @PostMapping("/{bodyId}/members")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Seat a person of the cooperation in a body, with a role")
    public DirectoryResults.BodyMember addMember(@PathVariable String cooperationId, @PathVariable String bodyId,
                                                   @Valid @RequestBody DirectoryRequests.NewBodyMember request) {
        return bodies.addMember(cooperationId, bodyId, request);
    }

    @PutMapping("/{bodyId}/members/{personId}/role")
    @Operation(summary = "Give a member of a body another role")
    public DirectoryResults.MemberRole changeRole(@PathVariable String cooperationId, @PathVariable String bodyId,
                                                    @PathVariable String personId,
                                                    @Valid @RequestBody DirectoryRequests.RoleChange request) {
        return bodies.changeRole(cooperationId, bodyId, personId, request);
    }

    @DeleteMapping("/{bodyId}/members/{personId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a person from a body (their past acts in it stay in the log)")
    public void removeMember(@PathVariable String cooperationId, @PathVariable String bodyId,
                             @PathVariable String personId) {
        bodies.removeMember(cooperationId, bodyId, personId);
    }

    @PostMapping("/{bodyId}/reporting-lines")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Say that a body reports to another: the other's members then read the minutes it publishes and "
                         + "its record of proposals (drawing it again changes nothing; lines go one way)")
    public DirectoryResults.ReportingLine drawReportingLine(@PathVariable String cooperationId, @PathVariable String bodyId,
                                                            @Valid @RequestBody DirectoryRequests.ReportingLine request) {
        return bodies.drawReportingLine(cooperationId, bodyId, request);
    }

    @DeleteMapping("/{bodyId}/reporting-lines/{reportsToBodyId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "A body no longer reports to another")
    public void eraseReportingLine(@PathVariable String cooperationId, @PathVariable String bodyId,
                                   @PathVariable String reportsToBodyId) {
        bodies.eraseReportingLine(cooperationId, bodyId, reportsToBodyId);
    }
}
