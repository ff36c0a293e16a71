package fr.entente.cooperation;

import fr.entente.common.Required;
import fr.entente.cooperation.api.AddMemberCentreCommand;
import fr.entente.cooperation.api.AddPartnerOrganisationCommand;
import fr.entente.cooperation.api.CoordinatingCentreDesignatedEvent;
import fr.entente.cooperation.api.DesignateCoordinatingCentreCommand;
import fr.entente.cooperation.api.MemberCentreAddedEvent;
import fr.entente.cooperation.api.PartnerOrganisationAddedEvent;
import fr.entente.cooperation.api.PresidencyRotationSetEvent;
import fr.entente.cooperation.api.SetPresidencyRotationCommand;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static fr.entente.cooperation.api.CooperationRefusal.CENTRE_NAME_REQUIRED;
import static fr.entente.cooperation.api.CooperationRefusal.CENTRE_UNKNOWN;
import static fr.entente.cooperation.api.CooperationRefusal.DEPARTMENT_CODE_TAKEN;
import static fr.entente.cooperation.api.CooperationRefusal.NOT_A_PARTNER;
import static fr.entente.cooperation.api.CooperationRefusal.ORGANISATION_ID_TAKEN;
import static fr.entente.cooperation.api.CooperationRefusal.ORGANISATION_UNKNOWN;
import static fr.entente.cooperation.api.CooperationRefusal.PARTNER_NAME_REQUIRED;
import static fr.entente.cooperation.api.CooperationRefusal.PARTNER_NAME_TAKEN;
import static fr.entente.cooperation.api.CooperationRefusal.PRESIDENCY_ROTATION_INCOMPLETE;
import static fr.entente.cooperation.api.CooperationRefusal.PRESIDENCY_ROTATION_REPEATS;
import static fr.entente.cooperation.api.CooperationRefusal.PRESIDENCY_YEAR_INVALID;
import static fr.entente.cooperation.api.CooperationRefusal.PRESIDENCY_YEAR_REQUIRED;
import static fr.entente.cooperation.api.CooperationRefusedException.refused;

/**
 * The organisations of a cooperation: its member centres, the one that coordinates, the rotation of the presidency
 * among them, its partners.
 * <p>
 * Command-side checks return the event to apply (the {@link Cooperation} applies it); the
 * event-sourcing handlers only assign. Its fields belong to the cooperation's snapshot.
 */
class Organisations {

    static final int EARLIEST_PRESIDENCY_YEAR = 2000;
    static final int LATEST_PRESIDENCY_YEAR = 2100;

    /** Member centres' names by department code, in the order they joined. */
    private Map<String, String> memberCentres = new LinkedHashMap<>();
    /** The department code of the coordinating centre, or {@code null} before one is designated. */
    private String coordinatingCentre;
    /** Partners' names by organisation id, in the order they joined. */
    private Map<String, String> partners = new LinkedHashMap<>();
    /** The presidency's rotation: the first year, and the department codes in their order of turn (empty: none). */
    private Integer presidencyFirstYear;
    private List<String> presidencyRotation = new ArrayList<>();

    MemberCentreAddedEvent centreToAdd(String cooperationId, AddMemberCentreCommand command) {
        String departmentCode = DepartmentCodes.canonical(command.departmentCode());
        String centreName = Required.text(command.name(), () -> refused(CENTRE_NAME_REQUIRED));
        if (memberCentres.containsKey(departmentCode)) {
            throw refused(DEPARTMENT_CODE_TAKEN, departmentCode, memberCentres.get(departmentCode));
        }
        return new MemberCentreAddedEvent(cooperationId, departmentCode, centreName);
    }

    PartnerOrganisationAddedEvent partnerToAdd(String cooperationId, AddPartnerOrganisationCommand command) {
        String organisationId = OrganisationIds.newPartnerId(command.organisationId());
        String partnerName = Required.text(command.name(), () -> refused(PARTNER_NAME_REQUIRED));
        if (partners.containsKey(organisationId)) {
            throw refused(ORGANISATION_ID_TAKEN, organisationId, partners.get(organisationId));
        }
        partners.forEach((otherId, otherName) -> {
            if (sameName(otherName, partnerName)) {
                throw refused(PARTNER_NAME_TAKEN, otherName, otherId);
            }
        });
        return new PartnerOrganisationAddedEvent(cooperationId, organisationId, partnerName);
    }

    /** Nothing to apply when the centre coordinates already. */
    Optional<CoordinatingCentreDesignatedEvent> coordinatorToDesignate(String cooperationId,
                                                                       DesignateCoordinatingCentreCommand command) {
        String departmentCode = DepartmentCodes.canonical(command.departmentCode());
        if (!memberCentres.containsKey(departmentCode)) {
            throw refused(CENTRE_UNKNOWN, departmentCode);
        }
        return departmentCode.equals(coordinatingCentre)
                ? Optional.empty()
                : Optional.of(new CoordinatingCentreDesignatedEvent(cooperationId, departmentCode));
    }

    /**
     * Every member centre once, in the order of their turns; nothing to apply when the rotation is the one set
     * already.
     */
    Optional<PresidencyRotationSetEvent> presidencyRotationToSet(String cooperationId, SetPresidencyRotationCommand command) {
        int firstYear = Required.value(command.firstYear(), () -> refused(PRESIDENCY_YEAR_REQUIRED));
        if (firstYear < EARLIEST_PRESIDENCY_YEAR || firstYear > LATEST_PRESIDENCY_YEAR) {
            // as text: a year is not written "2 026"
            throw refused(PRESIDENCY_YEAR_INVALID, String.valueOf(firstYear), String.valueOf(EARLIEST_PRESIDENCY_YEAR),
                          String.valueOf(LATEST_PRESIDENCY_YEAR));
        }
        List<String> rotation = new ArrayList<>();
        for (String code : command.departmentCodes() == null ? List.<String>of() : command.departmentCodes()) {
            String departmentCode = DepartmentCodes.canonical(code);
            if (!memberCentres.containsKey(departmentCode)) {
                throw refused(CENTRE_UNKNOWN, departmentCode);
            }
            if (rotation.contains(departmentCode)) {
                throw refused(PRESIDENCY_ROTATION_REPEATS, departmentCode);
            }
            rotation.add(departmentCode);
        }
        List<String> missing = memberCentres.keySet().stream().filter(code -> !rotation.contains(code)).toList();
        if (!missing.isEmpty()) {
            throw refused(PRESIDENCY_ROTATION_INCOMPLETE, String.join(", ", missing));
        }
        return Integer.valueOf(firstYear).equals(presidencyFirstYear) && rotation.equals(presidencyRotation)
                ? Optional.empty()
                : Optional.of(new PresidencyRotationSetEvent(cooperationId, firstYear, rotation));
    }

    /** The canonical identifier of a member centre or partner of the cooperation, or the exception saying it is not one. */
    String existing(String organisationId) {
        String id = OrganisationIds.canonical(organisationId);
        if (!isPartner(id) && !isMemberCentre(id)) {
            throw refused(ORGANISATION_UNKNOWN, id);
        }
        return id;
    }

    /** The canonical identifier of a partner of the cooperation. */
    String existingPartner(String organisationId) {
        String id = existing(organisationId);
        if (!isPartner(id)) {
            throw refused(NOT_A_PARTNER, id);
        }
        return id;
    }

    boolean isPartner(String canonicalOrganisationId) {
        return partners.containsKey(canonicalOrganisationId);
    }

    private boolean isMemberCentre(String canonicalOrganisationId) {
        return OrganisationIds.departmentCodeOf(canonicalOrganisationId).filter(memberCentres::containsKey).isPresent();
    }

    /** "FRAMEL" and "Framel" name the same partner. */
    private static boolean sameName(String one, String other) {
        return one.toLowerCase(Locale.FRENCH).equals(other.toLowerCase(Locale.FRENCH));
    }

    @EventSourcingHandler
    void on(MemberCentreAddedEvent event) {
        memberCentres.put(event.departmentCode(), event.name());
    }

    @EventSourcingHandler
    void on(PartnerOrganisationAddedEvent event) {
        partners.put(event.organisationId(), event.name());
    }

    @EventSourcingHandler
    void on(CoordinatingCentreDesignatedEvent event) {
        coordinatingCentre = event.departmentCode();
    }

    @EventSourcingHandler
    void on(PresidencyRotationSetEvent event) {
        presidencyFirstYear = event.firstYear();
        presidencyRotation = new ArrayList<>(event.departmentCodes());
    }
}
