package fr.entente.web.cooperation;

import fr.entente.cooperation.api.AddBodyMemberCommand;
import fr.entente.cooperation.api.BodyCreatedEvent;
import fr.entente.cooperation.api.BodyMemberAddedEvent;
import fr.entente.cooperation.api.ChangeBodyMemberRoleCommand;
import fr.entente.cooperation.api.CreateBodyCommand;
import fr.entente.cooperation.api.NamePartnerToBodyCommand;
import fr.entente.cooperation.api.RemoveBodyMemberCommand;
import fr.entente.web.security.PersonCommands;
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

import java.util.Locale;
import java.util.UUID;

/** The administrators' changes to a cooperation's bodies: creation, partners named, members and their roles. */
@RestController
@RequestMapping(path = "/api/cooperations/{cooperationId}/bodies", produces = "application/json")
@Tag(name = "Administration de l'annuaire")
public class CooperationBodiesController {

    private final PersonCommands commands;

    public CooperationBodiesController(PersonCommands commands) {
        this.commands = commands;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a body (steering committee, technical committee, working group, or another, named, body)")
    public DirectoryResponses.BodyCreated createBody(@PathVariable String cooperationId,
                                                     @Valid @RequestBody DirectoryRequests.NewBody request) {
        String bodyId = request.bodyId() != null ? request.bodyId() : "body-" + UUID.randomUUID();
        BodyCreatedEvent created = commands.send(cooperationId,
                new CreateBodyCommand(cooperationId, bodyId, request.kind(), request.name()));
        return new DirectoryResponses.BodyCreated(created.bodyId(), created.kind(), created.name());
    }

    @PostMapping("/{bodyId}/partners")
    @Operation(summary = "Name a partner to a body: its people may then sit in it (naming it again changes nothing)")
    public DirectoryResponses.PartnerNamed namePartner(@PathVariable String cooperationId, @PathVariable String bodyId,
                                                       @Valid @RequestBody DirectoryRequests.PartnerNaming request) {
        commands.send(cooperationId, new NamePartnerToBodyCommand(cooperationId, bodyId, request.organisationId()));
        return new DirectoryResponses.PartnerNamed(bodyId, request.organisationId().strip().toLowerCase(Locale.ROOT));
    }

    @PostMapping("/{bodyId}/members")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Seat a person of the cooperation in a body, with a role")
    public DirectoryResponses.BodyMember addMember(@PathVariable String cooperationId, @PathVariable String bodyId,
                                                   @Valid @RequestBody DirectoryRequests.NewBodyMember request) {
        BodyMemberAddedEvent added = commands.send(cooperationId,
                new AddBodyMemberCommand(cooperationId, bodyId, request.personId(), request.role()));
        return new DirectoryResponses.BodyMember(added.bodyId(), added.personId(), added.organisationId(), added.role());
    }

    @PutMapping("/{bodyId}/members/{personId}/role")
    @Operation(summary = "Give a member of a body another role")
    public DirectoryResponses.MemberRole changeRole(@PathVariable String cooperationId, @PathVariable String bodyId,
                                                    @PathVariable String personId,
                                                    @Valid @RequestBody DirectoryRequests.RoleChange request) {
        commands.send(cooperationId, new ChangeBodyMemberRoleCommand(cooperationId, bodyId, personId, request.role()));
        return new DirectoryResponses.MemberRole(bodyId, personId, request.role());
    }

    @DeleteMapping("/{bodyId}/members/{personId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a person from a body (their past acts in it stay in the log)")
    public void removeMember(@PathVariable String cooperationId, @PathVariable String bodyId,
                             @PathVariable String personId) {
        commands.send(cooperationId, new RemoveBodyMemberCommand(cooperationId, bodyId, personId));
    }
}
