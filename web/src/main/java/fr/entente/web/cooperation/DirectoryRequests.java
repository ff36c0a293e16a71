package fr.entente.web.cooperation;

import fr.entente.cooperation.api.BodyKind;
import fr.entente.cooperation.api.BodyRole;
import fr.entente.cooperation.api.CooperationLimits;
import fr.entente.web.validation.BodyId;
import fr.entente.web.validation.DirectoryName;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * The bodies of the directory's write requests. Unknown fields are refused (400); the constraints answer 422 in the
 * reader's language within the limits of {@link CooperationLimits}; the aggregate checks the rules that depend on
 * the cooperation (a department code, a duplicate…) and answers in the same problem format.
 */
public final class DirectoryRequests {

    private DirectoryRequests() {
    }

    public record NewCentre(
            @NotBlank(message = "{valid.centre.department-code.blank}")
            @Size(max = CooperationLimits.DEPARTMENT_CODE, message = "{valid.department-code.size}")
            String departmentCode,
            @NotBlank(message = "{valid.centre.name.blank}") @DirectoryName String name) {
    }

    public record NewPartner(
            @NotBlank(message = "{valid.partner.id.blank}")
            @Size(max = CooperationLimits.ORGANISATION_ID, message = "{valid.organisation-id.size}")
            String organisationId,
            @NotBlank(message = "{valid.partner.name.blank}") @DirectoryName String name) {
    }

    public record CoordinatorChoice(
            @NotBlank(message = "{valid.coordinator.department-code.blank}")
            @Size(max = CooperationLimits.DEPARTMENT_CODE, message = "{valid.department-code.size}")
            String departmentCode) {
    }

    /** {@code bodyId} may be left out: the hub then chooses one. */
    public record NewBody(
            @BodyId String bodyId,
            @NotNull(message = "{valid.body.kind.missing}") BodyKind kind,
            @DirectoryName String name) {
    }

    public record PartnerNaming(
            @NotBlank(message = "{valid.naming.partner-id.blank}")
            @Size(max = CooperationLimits.ORGANISATION_ID, message = "{valid.organisation-id.size}")
            String organisationId) {
    }

    public record NewBodyMember(
            @NotBlank(message = "{valid.member.person-id.blank}")
            @Size(max = CooperationLimits.PERSON_ID, message = "{valid.person-id.size}")
            String personId,
            @NotNull(message = "{valid.member.role.missing}") BodyRole role) {
    }

    public record RoleChange(@NotNull(message = "{valid.role-change.role.missing}") BodyRole role) {
    }

    /** The body that the one in the address reports to. */
    public record ReportingLine(
            @NotBlank(message = "{valid.reporting-line.body-id.blank}") @BodyId String reportsToBodyId) {
    }

    /** The presidency's rotation: from {@code firstYear}, one member centre per year, in this order. */
    public record PresidencyRotation(
            @NotNull(message = "{valid.presidency.first-year.missing}") Integer firstYear,
            @NotEmpty(message = "{valid.presidency.department-codes.empty}")
            @Size(max = CooperationLimits.CENTRES, message = "{valid.presidency.department-codes.size}")
            List<@NotBlank(message = "{valid.presidency.department-code.blank}")
                 @Size(max = CooperationLimits.DEPARTMENT_CODE, message = "{valid.department-code.size}") String> departmentCodes) {
    }

    public record AdministratorAppointment(
            @NotBlank(message = "{valid.administrator.person-id.blank}")
            @Size(max = CooperationLimits.PERSON_ID, message = "{valid.person-id.size}")
            String personId) {
    }
}
