package fr.entente.cooperation.query;

import fr.entente.cooperation.api.AdministratorAppointedEvent;
import fr.entente.cooperation.api.BodyCreatedEvent;
import fr.entente.cooperation.api.BodyKind;
import fr.entente.cooperation.api.BodyMemberAddedEvent;
import fr.entente.cooperation.api.BodyMemberRoleChangedEvent;
import fr.entente.cooperation.api.BodyRole;
import fr.entente.cooperation.api.CooperationCreatedEvent;
import fr.entente.cooperation.api.CoordinatingCentreDesignatedEvent;
import fr.entente.cooperation.api.MemberCentreAddedEvent;
import fr.entente.cooperation.api.PartnerNamedToBodyEvent;
import fr.entente.cooperation.api.PartnerOrganisationAddedEvent;
import fr.entente.cooperation.api.PersonRegisteredEvent;

import java.util.ArrayList;
import java.util.List;

/**
 * The log of two cooperations the projection tests read: Hauts-de-France with a partner, and
 * Bretagne, which also has a body called "copil" (body ids are unique within a cooperation only).
 */
final class TwoCooperations {

    static final String HDF = "hauts-de-france";
    static final String BRETAGNE = "bretagne";

    static final String CNFPT = "cnfpt";
    static final String OFFICER = "person-officer-59";
    static final String DIRECTOR = "person-director-02";
    static final String DELEGATE = "person-delegate-cnfpt";
    static final String BRETON = "person-director-35";
    static final String CODIR = "codir";
    static final String COPIL = "copil";
    static final String WORKING_GROUP = "gt-observatoire";
    static final String HDF_COPIL_NAME = "Comité de pilotage du partenariat formation";

    static final CooperationCreatedEvent HDF_CREATED =
            new CooperationCreatedEvent(HDF, "Coopération des CDG des Hauts-de-France", "Hauts-de-France");
    static final MemberCentreAddedEvent NORD_ADDED = new MemberCentreAddedEvent(HDF, "59", "CDG du Nord");
    static final MemberCentreAddedEvent AISNE_ADDED = new MemberCentreAddedEvent(HDF, "02", "CDG de l'Aisne");
    static final PartnerOrganisationAddedEvent REGION_ADDED =
            new PartnerOrganisationAddedEvent(HDF, "region-hdf", "Région Hauts-de-France");
    static final PartnerOrganisationAddedEvent CNFPT_ADDED =
            new PartnerOrganisationAddedEvent(HDF, CNFPT, "CNFPT Hauts-de-France");
    static final CoordinatingCentreDesignatedEvent NORD_COORDINATES = new CoordinatingCentreDesignatedEvent(HDF, "59");
    static final PersonRegisteredEvent OFFICER_REGISTERED = new PersonRegisteredEvent(HDF, OFFICER, "cdg-59");
    static final PersonRegisteredEvent DIRECTOR_REGISTERED = new PersonRegisteredEvent(HDF, DIRECTOR, "cdg-02");
    static final PersonRegisteredEvent DELEGATE_REGISTERED = new PersonRegisteredEvent(HDF, DELEGATE, CNFPT);
    static final AdministratorAppointedEvent OFFICER_APPOINTED = new AdministratorAppointedEvent(HDF, OFFICER);
    static final AdministratorAppointedEvent DIRECTOR_APPOINTED = new AdministratorAppointedEvent(HDF, DIRECTOR);
    static final BodyCreatedEvent WORKING_GROUP_CREATED =
            new BodyCreatedEvent(HDF, WORKING_GROUP, BodyKind.WORKING_GROUP, "Groupe de travail de l'observatoire");
    static final BodyCreatedEvent CODIR_CREATED = new BodyCreatedEvent(HDF, CODIR, BodyKind.TECHNICAL_COMMITTEE, null);
    static final BodyCreatedEvent HDF_COPIL_CREATED =
            new BodyCreatedEvent(HDF, COPIL, BodyKind.STEERING_COMMITTEE, HDF_COPIL_NAME);
    static final PartnerNamedToBodyEvent CNFPT_NAMED_TO_COPIL = new PartnerNamedToBodyEvent(HDF, COPIL, CNFPT);
    static final BodyMemberAddedEvent OFFICER_IN_CODIR =
            new BodyMemberAddedEvent(HDF, CODIR, OFFICER, "cdg-59", BodyRole.OFFICER);
    static final BodyMemberAddedEvent DIRECTOR_IN_CODIR =
            new BodyMemberAddedEvent(HDF, CODIR, DIRECTOR, "cdg-02", BodyRole.MEMBER);
    static final BodyMemberRoleChangedEvent DIRECTOR_CONVENES_CODIR =
            new BodyMemberRoleChangedEvent(HDF, CODIR, DIRECTOR, BodyRole.CONVENOR);
    static final BodyMemberAddedEvent OFFICER_IN_COPIL =
            new BodyMemberAddedEvent(HDF, COPIL, OFFICER, "cdg-59", BodyRole.CONVENOR);
    static final BodyMemberAddedEvent DELEGATE_IN_COPIL =
            new BodyMemberAddedEvent(HDF, COPIL, DELEGATE, CNFPT, BodyRole.MEMBER);

    static final CooperationCreatedEvent BRETAGNE_CREATED =
            new CooperationCreatedEvent(BRETAGNE, "Coopération des 4 CDG bretons", "Bretagne");
    static final MemberCentreAddedEvent ILLE_ET_VILAINE_ADDED = new MemberCentreAddedEvent(BRETAGNE, "35", "CDG d'Ille-et-Vilaine");
    static final PersonRegisteredEvent BRETON_REGISTERED = new PersonRegisteredEvent(BRETAGNE, BRETON, "cdg-35");
    static final BodyCreatedEvent BRETAGNE_COPIL_CREATED =
            new BodyCreatedEvent(BRETAGNE, COPIL, BodyKind.STEERING_COMMITTEE, "Conférence des président·e·s");
    static final BodyMemberAddedEvent BRETON_IN_COPIL =
            new BodyMemberAddedEvent(BRETAGNE, COPIL, BRETON, "cdg-35", BodyRole.CONVENOR);

    /** Both cooperations' events, interleaved as one log would hold them. */
    static final List<Object> LOG = List.of(
            HDF_CREATED, NORD_ADDED, BRETAGNE_CREATED, AISNE_ADDED, ILLE_ET_VILAINE_ADDED, REGION_ADDED, CNFPT_ADDED,
            NORD_COORDINATES, OFFICER_REGISTERED, DIRECTOR_REGISTERED, BRETON_REGISTERED, DELEGATE_REGISTERED,
            OFFICER_APPOINTED, DIRECTOR_APPOINTED, WORKING_GROUP_CREATED, CODIR_CREATED, BRETAGNE_COPIL_CREATED,
            HDF_COPIL_CREATED, CNFPT_NAMED_TO_COPIL, OFFICER_IN_CODIR, DIRECTOR_IN_CODIR, BRETON_IN_COPIL,
            OFFICER_IN_COPIL, DELEGATE_IN_COPIL, DIRECTOR_CONVENES_CODIR);

    private TwoCooperations() {
    }

    /** The log above, then these events. */
    static List<Object> logThen(Object... events) {
        List<Object> log = new ArrayList<>(LOG);
        log.addAll(List.of(events));
        return log;
    }
}
