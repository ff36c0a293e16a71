package fr.entente.web.cooperation;

import fr.entente.cooperation.api.CooperationLimits;
import fr.entente.web.validation.AcceptablePassword;
import fr.entente.web.validation.OneLine;
import fr.entente.web.validation.AccountLimits;
import fr.entente.web.validation.PlainText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The bodies of the requests about people: invitations and passwords. */
public final class PeopleRequests {

    private PeopleRequests() {
    }

    /** {@code username} may be left out: the person then signs in with their e-mail address. */
    public record NewInvitation(
            @NotBlank(message = "{valid.invitation.name.blank}")
            @Size(max = AccountLimits.DISPLAY_NAME, message = "{valid.name.size}")
            @PlainText
            @OneLine
            String displayName,
            @NotBlank(message = "{valid.invitation.email.blank}")
            @Email(message = "{valid.email}")
            @Size(max = AccountLimits.EMAIL, message = "{valid.email.size}")
            @OneLine
            String email,
            @NotBlank(message = "{valid.invitation.organisation.blank}")
            @Size(max = CooperationLimits.ORGANISATION_ID, message = "{valid.invitation.organisation.size}")
            String organisationId,
            @Size(min = AccountLimits.SHORTEST_USERNAME, max = AccountLimits.USERNAME, message = "{valid.username.size}")
            @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "{valid.username.pattern}")
            String username) {
    }

    public record InvitationAcceptance(@AcceptablePassword String password) {
    }

    public record PasswordChange(
            @NotBlank(message = "{valid.current-password.blank}")
            @Size(max = AccountLimits.CURRENT_PASSWORD, message = "{valid.current-password.size}")
            String currentPassword,
            @AcceptablePassword
            String newPassword) {
    }
}
