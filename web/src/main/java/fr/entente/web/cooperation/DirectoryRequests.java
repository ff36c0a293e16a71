package fr.entente.web.cooperation;

import fr.entente.cooperation.api.BodyKind;
import fr.entente.cooperation.api.BodyRole;
import fr.entente.web.validation.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The bodies of the directory's write requests. Unknown fields are refused (400); the aggregate checks the rules
 * that depend on the cooperation (a department code, a duplicate…) and answers in the same problem format.
 */
public final class DirectoryRequests {

    private DirectoryRequests() {
    }

    public record NewCentre(
            @NotBlank(message = "Indiquez le code du département du centre, par exemple « 59 ».")
            @Size(max = 10, message = "Un code département a 2 ou 3 caractères, par exemple « 59 », « 2A » ou « 974 ».")
            String departmentCode,
            @NotBlank(message = "Donnez le nom du centre, par exemple « CDG du Nord ».")
            @Size(max = 150, message = "Le nom ne doit pas dépasser 150 caractères.")
            @PlainText
            String name) {
    }

    public record NewPartner(
            @NotBlank(message = "Indiquez l'identifiant du partenaire, par exemple « cnfpt ».")
            @Size(max = 40, message = "L'identifiant ne doit pas dépasser 40 caractères.")
            String organisationId,
            @NotBlank(message = "Donnez le nom du partenaire, par exemple « CNFPT Hauts-de-France ».")
            @Size(max = 150, message = "Le nom ne doit pas dépasser 150 caractères.")
            @PlainText
            String name) {
    }

    public record CoordinatorChoice(
            @NotBlank(message = "Indiquez le code du département du centre coordonnateur, par exemple « 59 ».")
            @Size(max = 10, message = "Un code département a 2 ou 3 caractères, par exemple « 59 », « 2A » ou « 974 ».")
            String departmentCode) {
    }

    /** {@code bodyId} may be left out: the hub then chooses one. */
    public record NewBody(
            @Size(min = 2, max = 60, message = "L'identifiant de l'instance doit compter de 2 à 60 caractères.")
            @Pattern(regexp = "[a-z0-9][a-z0-9-]*",
                     message = "L'identifiant de l'instance s'écrit en minuscules sans accent, chiffres et tirets, "
                               + "par exemple « gt-observatoire ».")
            String bodyId,
            @NotNull(message = "Choisissez le type d'instance : STEERING_COMMITTEE, TECHNICAL_COMMITTEE, "
                               + "WORKING_GROUP ou OTHER.")
            BodyKind kind,
            @Size(max = 150, message = "Le nom ne doit pas dépasser 150 caractères.")
            @PlainText
            String name) {
    }

    public record PartnerNaming(
            @NotBlank(message = "Indiquez l'identifiant du partenaire à nommer, par exemple « cnfpt ».")
            @Size(max = 40, message = "L'identifiant ne doit pas dépasser 40 caractères.")
            String organisationId) {
    }

    public record NewBodyMember(
            @NotBlank(message = "Indiquez la personne à ajouter, par son identifiant.")
            @Size(max = 80, message = "Un identifiant de personne ne dépasse pas 80 caractères.")
            String personId,
            @NotNull(message = "Choisissez le rôle de la personne : MEMBER, CONVENOR ou OFFICER.")
            BodyRole role) {
    }

    public record RoleChange(
            @NotNull(message = "Choisissez le nouveau rôle : MEMBER, CONVENOR ou OFFICER.")
            BodyRole role) {
    }

    public record AdministratorAppointment(
            @NotBlank(message = "Indiquez la personne à nommer administrateur, par son identifiant.")
            @Size(max = 80, message = "Un identifiant de personne ne dépasse pas 80 caractères.")
            String personId) {
    }
}
