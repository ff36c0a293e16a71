package fr.entente.web.cooperation.rest;

import fr.entente.web.cooperation.DirectoryAdministrators;
import fr.entente.web.cooperation.DirectoryRequests;
import fr.entente.web.cooperation.DirectoryResults;
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

    private final DirectoryAdministrators administrators;

    public CooperationAdministratorsController(DirectoryAdministrators administrators) {
        this.administrators = administrators;
    }

    @PostMapping
    @Operation(summary = "Appoint a person of a member centre as administrator (appointing again changes nothing)")
    public DirectoryResults.Administrator appoint(@PathVariable String cooperationId,
                                                   @Valid @RequestBody DirectoryRequests.AdministratorAppointment request) {
        return administrators.appoint(cooperationId, request);
    }

    @DeleteMapping("/{personId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke an administrator, unless they are the last one (409)")
    public void revoke(@PathVariable String cooperationId, @PathVariable String personId) {
        administrators.revoke(cooperationId, personId);
    }
}
