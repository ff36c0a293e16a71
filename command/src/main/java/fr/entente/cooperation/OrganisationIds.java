package fr.entente.cooperation;

import fr.entente.common.Required;
import fr.entente.cooperation.api.InvalidOrganisationIdException;
import fr.entente.cooperation.api.MemberCentres;
import fr.entente.cooperation.api.RequiredFieldMissingException;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Organisation identifiers: "cdg-59" for the member centre of the Nord (see
 * {@link MemberCentres#organisationIdOf}), a slug chosen when adding a partner ("cnfpt").
 */
final class OrganisationIds {

    /** 2 to 40 lower-case letters, digits and dashes, starting and ending with a letter or digit. */
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,38}[a-z0-9]");

    private OrganisationIds() {
    }

    /** The identifier as the log records it ("CNFPT " becomes "cnfpt"); required. */
    static String canonical(String organisationId) {
        return Required.text(organisationId, RequiredFieldMissingException::organisationId).toLowerCase(Locale.ROOT);
    }

    /** The identifier of a new partner: a slug, not of the form reserved to member centres. */
    static String newPartnerId(String organisationId) {
        String id = canonical(organisationId);
        if (!SLUG.matcher(id).matches()) {
            throw InvalidOrganisationIdException.malformed(organisationId.strip());
        }
        departmentCodeOf(id).filter(DepartmentCodes::isDepartmentCode).ifPresent(code -> {
            throw InvalidOrganisationIdException.reserved(id, code);
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
