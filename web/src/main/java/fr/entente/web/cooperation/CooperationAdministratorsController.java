package fr.entente.web.cooperation;

import fr.entente.cooperation.api.AppointAdministratorCommand;
import fr.entente.cooperation.api.RevokeAdministratorCommand;
import fr.entente.web.security.PersonCommands;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Who administers a cooperation: appointed and revoked by its administrators. */
@RestController
@RequestMapping(path = "/api/cooperations/{cooperationId}/administrators", produces = "application/json")
@Tag(name = "Administration de l'annuaire")
public class CooperationAdministratorsController {

    private final PersonCommands commands;

    public CooperationAdministratorsController(PersonCommands commands) {
        this.commands = commands;
    }

    @PostMapping
    @Operation(summary = "Appoint a person of a member centre as administrator (appointing again changes nothing)")
    public DirectoryResponses.Administrator appoint(@PathVariable String cooperationId,
                                                   @Valid @RequestBody DirectoryRequests.AdministratorAppointment request) {
        commands.send(cooperationId, new AppointAdministratorCommand(cooperationId, request.personId()));
        return new DirectoryResponses.Administrator(request.personId(), true);
    }

    @DeleteMapping("/{personId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke an administrator, unless they are the last one (409)")
    public void revoke(@PathVariable String cooperationId, @PathVariable String personId) {
        commands.send(cooperationId, new RevokeAdministratorCommand(cooperationId, personId));
    }
}
