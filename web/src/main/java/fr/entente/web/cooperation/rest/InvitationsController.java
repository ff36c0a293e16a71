package fr.entente.web.cooperation.rest;

import fr.entente.web.cooperation.Invitations;
import fr.entente.web.cooperation.PeopleRequests;
import fr.entente.web.cooperation.PeopleResults;
import fr.entente.web.config.PublicUrl;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Inviting people, and the invited person setting their password. */
@RestController
@Tag(name = "Personnes", description = "Invitations, the signed-in person, passwords. Names and e-mail addresses "
                                       + "live outside the event log, which knows people by identifier only.")
public class InvitationsController {

    private final Invitations invitations;
    private final PublicUrl publicUrl;

    InvitationsController(Invitations invitations, PublicUrl publicUrl) {
        this.invitations = invitations;
        this.publicUrl = publicUrl;
    }

    @PostMapping(path = "/api/cooperations/{cooperationId}/invitations", produces = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Invite a person of a centre or partner of the cooperation (administrators only)",
               description = "Registers the person in the cooperation under a new identifier and creates their "
                             + "account, which signs in once they have set a password through the one-time link. "
                             + "The link is e-mailed where SMTP is configured, and returned here otherwise. "
                             + "409 if the username or e-mail address is taken.")
    public PeopleResults.InvitationCreated invite(@PathVariable String cooperationId,
                                                    @Valid @RequestBody PeopleRequests.NewInvitation request) {
        return invitations.invite(cooperationId, request, publicUrl.base());
    }

    @PostMapping(path = "/api/invitations/{token}", produces = "application/json")
    @Operation(summary = "Set one's password from an invitation's one-time link (no sign-in needed)",
               description = "The token is used up; 404 if it is unknown, used or expired. The person then signs "
                             + "in with the username returned.")
    public PeopleResults.AccountActivated accept(@PathVariable String token,
                                                   @Valid @RequestBody PeopleRequests.InvitationAcceptance request) {
        return invitations.accept(token, request.password());
    }
}
