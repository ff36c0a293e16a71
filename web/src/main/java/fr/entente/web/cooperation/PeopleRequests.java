package fr.entente.web.cooperation;

import fr.entente.web.validation.AcceptablePassword;
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
            @NotBlank(message = "Indiquez le nom de la personne, tel qu'il apparaîtra aux autres.")
            @Size(max = 120, message = "Le nom ne doit pas dépasser 120 caractères.")
            @PlainText
            String displayName,
            @NotBlank(message = "Indiquez l'adresse e-mail de la personne.")
            @Email(message = "Cette adresse e-mail n'est pas valide : vérifiez-la, par exemple « prenom.nom@cdg59.fr ».")
            @Size(max = 254, message = "Une adresse e-mail ne dépasse pas 254 caractères.")
            String email,
            @NotBlank(message = "Indiquez l'organisation de la personne, par exemple « cdg-59 » ou « cnfpt ».")
            @Size(max = 40, message = "L'identifiant d'organisation ne dépasse pas 40 caractères.")
            String organisationId,
            @Size(min = 3, max = 60, message = "L'identifiant de connexion doit compter de 3 à 60 caractères.")
            @Pattern(regexp = "[A-Za-z0-9._@-]+",
                     message = "L'identifiant de connexion s'écrit en lettres sans accent, chiffres, points, tirets "
                               + "ou @, par exemple « claire.martin ».")
            String username) {
    }

    public record InvitationAcceptance(@AcceptablePassword String password) {
    }

    public record PasswordChange(
            @NotBlank(message = "Indiquez votre mot de passe actuel.")
            @Size(max = 200, message = "Ce n'est pas votre mot de passe actuel.")
            String currentPassword,
            @AcceptablePassword
            String newPassword) {
    }
}
