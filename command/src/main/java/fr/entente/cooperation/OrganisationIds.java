package fr.entente.cooperation;

import fr.entente.common.Required;
import fr.entente.cooperation.api.CooperationLimits;
import fr.entente.cooperation.api.MemberCentres;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import static fr.entente.cooperation.api.CooperationRefusal.ORGANISATION_ID_INVALID;
import static fr.entente.cooperation.api.CooperationRefusal.ORGANISATION_ID_REQUIRED;
import static fr.entente.cooperation.api.CooperationRefusal.ORGANISATION_ID_RESERVED;
import static fr.entente.cooperation.api.CooperationRefusedException.refused;

/**
 * Organisation identifiers: "cdg-59" for the member centre of the Nord (see
 * {@link MemberCentres#organisationIdOf}), a slug chosen when adding a partner ("cnfpt").
 */
final class OrganisationIds {

    /** Lower-case letters, digits and dashes, starting and ending with a letter or digit, of the length allowed. */
    private static final Pattern SLUG = Pattern.compile(
            "[a-z0-9][a-z0-9-]{" + (CooperationLimits.SHORTEST_ORGANISATION_ID - 2) + ","
            + (CooperationLimits.ORGANISATION_ID - 2) + "}[a-z0-9]");

    private OrganisationIds() {
    }

    /** The identifier as the log records it ("CNFPT " becomes "cnfpt"); required. */
    static String canonical(String organisationId) {
        return Required.text(organisationId, () -> refused(ORGANISATION_ID_REQUIRED)).toLowerCase(Locale.ROOT);
    }

    /** The identifier of a new partner: a slug, not of the form reserved to member centres. */
    static String newPartnerId(String organisationId) {
        String id = canonical(organisationId);
        if (!SLUG.matcher(id).matches()) {
            throw refused(ORGANISATION_ID_INVALID, organisationId.strip(), CooperationLimits.SHORTEST_ORGANISATION_ID,
                          CooperationLimits.ORGANISATION_ID);
        }
        departmentCodeOf(id).filter(DepartmentCodes::isDepartmentCode).ifPresent(code -> {
            throw refused(ORGANISATION_ID_RESERVED, id, code);
        });
        return id;
    }

    /** The department code that an identifier of the form "cdg-…" names ("2A" for "cdg-2a"), if it has that form. */
    static Optional<String> departmentCodeOf(String canonicalOrganisationId) {
        return canonicalOrganisationId.startsWith(MemberCentres.ORGANISATION_ID_PREFIX)
                ? Optional.of(canonicalOrganisationId.substring(MemberCentres.ORGANISATION_ID_PREFIX.length())
                                                     .toUpperCase(Locale.ROOT))
                : Optional.empty();
    }
}
