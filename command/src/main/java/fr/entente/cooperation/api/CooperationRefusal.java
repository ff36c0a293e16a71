package fr.entente.cooperation.api;

import fr.entente.common.api.ListedRefusal;

import static fr.entente.common.api.Refusal.Kind.CONFLICT;
import static fr.entente.common.api.Refusal.Kind.INVALID;
import static fr.entente.common.api.Refusal.Kind.MISSING;
import static fr.entente.common.api.Refusal.Kind.NOT_ALLOWED;
import static fr.entente.common.api.Refusal.Kind.NOT_FOUND;

/** Why a cooperation refuses a change of its directory: thrown as {@link CooperationRefusedException}. */
public enum CooperationRefusal implements ListedRefusal {

    COOPERATION_ID_REQUIRED("cooperation.id-required", MISSING, "cooperationId"),
    COOPERATION_NAME_REQUIRED("cooperation.name-required", MISSING, "name"),
    REGION_REQUIRED("cooperation.region-required", MISSING, "region"),
    DEPARTMENT_CODE_REQUIRED("cooperation.department-code-required", MISSING, "departmentCode"),
    CENTRE_NAME_REQUIRED("cooperation.centre-name-required", MISSING, "name"),
    ORGANISATION_ID_REQUIRED("cooperation.organisation-id-required", MISSING, "organisationId"),
    PARTNER_NAME_REQUIRED("cooperation.partner-name-required", MISSING, "name"),
    PERSON_ID_REQUIRED("cooperation.person-id-required", MISSING, "personId"),
    BODY_ID_REQUIRED("cooperation.body-id-required", MISSING, "bodyId"),
    BODY_KIND_REQUIRED("cooperation.body-kind-required", MISSING, "kind"),
    BODY_NAME_REQUIRED("cooperation.body-name-required", MISSING, "name"),
    BODY_ROLE_REQUIRED("cooperation.body-role-required", MISSING, "role"),
    REPORTS_TO_REQUIRED("cooperation.reports-to-required", MISSING, "reportsToBodyId"),
    PRESIDENCY_YEAR_REQUIRED("cooperation.presidency-year-required", MISSING, "firstYear"),

    /** Outside the years a cooperation plans for. */
    PRESIDENCY_YEAR_INVALID("cooperation.presidency-year-invalid", INVALID, "firstYear", "firstYear", "earliest", "latest"),
    DEPARTMENT_CODE_INVALID("cooperation.department-code-invalid", INVALID, "departmentCode", "departmentCode"),
    /** Not a short slug: the sentence says how long one is. */
    ORGANISATION_ID_INVALID("cooperation.organisation-id-invalid", INVALID, "organisationId",
                            "organisationId", "shortest", "longest"),
    /** A partner may not take the form reserved to member centres ("cdg-59"). */
    ORGANISATION_ID_RESERVED("cooperation.organisation-id-reserved", INVALID, "organisationId",
                             "organisationId", "departmentCode"),

    /** Only the cooperation's administrators change its directory. */
    ADMINISTRATOR_REQUIRED("cooperation.administrator-required", NOT_ALLOWED, null),
    /** Only the hub itself creates a cooperation and appoints its first administrator. */
    SYSTEM_REQUIRED("cooperation.system-required", NOT_ALLOWED, null),

    REPORTING_LINE_UNKNOWN("cooperation.reporting-line-unknown", NOT_FOUND, "reportsToBodyId", "bodyId", "reportsToBodyId"),
    CENTRE_UNKNOWN("cooperation.centre-unknown", NOT_FOUND, "departmentCode", "departmentCode"),
    ORGANISATION_UNKNOWN("cooperation.organisation-unknown", NOT_FOUND, "organisationId", "organisationId"),
    PERSON_UNKNOWN("cooperation.person-unknown", NOT_FOUND, "personId", "personId"),
    BODY_UNKNOWN("cooperation.body-unknown", NOT_FOUND, "bodyId", "bodyId"),
    BODY_MEMBER_UNKNOWN("cooperation.body-member-unknown", NOT_FOUND, "personId", "personId"),

    /** One member centre per département. */
    DEPARTMENT_CODE_TAKEN("cooperation.department-code-taken", CONFLICT, "departmentCode",
                          "departmentCode", "centreName"),
    ORGANISATION_ID_TAKEN("cooperation.organisation-id-taken", CONFLICT, "organisationId",
                          "organisationId", "partnerName"),
    PARTNER_NAME_TAKEN("cooperation.partner-name-taken", CONFLICT, "name", "partnerName", "organisationId"),
    BODY_ID_TAKEN("cooperation.body-id-taken", CONFLICT, "bodyId", "bodyId"),
    /** A person sits once in a body; the argument is their {@link BodyRole} there. */
    ALREADY_BODY_MEMBER("cooperation.already-body-member", CONFLICT, "personId", "role"),
    /** Partners sit only in the bodies they are named to. */
    PARTNER_NOT_NAMED_TO_BODY("cooperation.partner-not-named-to-body", CONFLICT, "personId", "organisationId"),
    /** Only partners are named to bodies: a member centre's people may sit in any body. */
    NOT_A_PARTNER("cooperation.not-a-partner", CONFLICT, "organisationId", "organisationId"),
    /** A body does not report to itself. */
    REPORTS_TO_ITSELF("cooperation.reports-to-itself", CONFLICT, "reportsToBodyId", "bodyId"),
    /** Reporting lines go one way: the argument is the body that already reports, by some line, to the first. */
    REPORTING_CYCLE("cooperation.reporting-cycle", CONFLICT, "reportsToBodyId", "bodyId", "reportsToBodyId"),
    /** Each member centre takes its turn once per round: the arguments list those left out or named twice. */
    PRESIDENCY_ROTATION_INCOMPLETE("cooperation.presidency-rotation-incomplete", CONFLICT, "departmentCodes", "missing"),
    PRESIDENCY_ROTATION_REPEATS("cooperation.presidency-rotation-repeats", CONFLICT, "departmentCodes", "departmentCode"),
    PERSON_ALREADY_REGISTERED("cooperation.person-already-registered", CONFLICT, "personId", "organisationId"),
    /** The identifier of a removed person is never given to another: their past acts keep pointing at them. */
    PERSON_ID_RETIRED("cooperation.person-id-retired", CONFLICT, "personId"),
    PERSON_ALREADY_ERASED("cooperation.person-already-erased", CONFLICT, "personId"),
    /** Once a cooperation has an administrator, it keeps at least one. */
    LAST_ADMINISTRATOR("cooperation.last-administrator", CONFLICT, "personId"),
    /** Administrators come from member centres: a partner's people see only the bodies it is named to. */
    PARTNER_CANNOT_ADMINISTER("cooperation.administrator-not-from-centre", CONFLICT, "personId", "organisationId");

    private final Terms terms;

    CooperationRefusal(String code, Kind kind, String field, String... arguments) {
        this.terms = new Terms(code, kind, field, arguments);
    }

    @Override
    public Terms terms() {
        return terms;
    }
}
