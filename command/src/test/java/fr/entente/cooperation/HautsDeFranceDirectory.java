package fr.entente.cooperation;

import fr.entente.cooperation.api.AdministratorAppointedEvent;
import fr.entente.cooperation.api.BodyCreatedEvent;
import fr.entente.cooperation.api.BodyKind;
import fr.entente.cooperation.api.BodyMemberAddedEvent;
import fr.entente.cooperation.api.BodyRole;
import fr.entente.cooperation.api.CooperationCreatedEvent;
import fr.entente.cooperation.api.MemberCentreAddedEvent;
import fr.entente.cooperation.api.PartnerNamedToBodyEvent;
import fr.entente.cooperation.api.PartnerOrganisationAddedEvent;
import fr.entente.cooperation.api.PersonRegisteredEvent;

import java.util.ArrayList;
import java.util.List;

/**
 * The directory the cooperation tests start from: two member centres, a partner, an administrator
 * and three other people, the technical committee and a partnership's steering committee (seeds 001
 * and 002).
 */
final class HautsDeFranceDirectory {

    static final String COOPERATION_ID = "hauts-de-france";

    static final String CDG_59 = "cdg-59";
    static final String CDG_60 = "cdg-60";
    static final String CNFPT = "cnfpt";
    static final String CNFPT_NAME = "CNFPT Hauts-de-France";

    /** The person of CDG 59 who administers the cooperation, and sends the tests' commands. */
    static final String ADMINISTRATOR = "person-administrator-59";
    /** The officer (chargée de mission) at CDG 59. */
    static final String OFFICER = "person-officer-59";
    /** The director of CDG 60. */
    static final String DIRECTOR = "person-director-60";
    /** The CNFPT's regional delegate. */
    static final String DELEGATE = "person-delegate-cnfpt";

    /** The technical committee (the directors). */
    static final String CODIR = "codir";
    /** The steering committee of the training partnership, with the partners. */
    static final String COPIL = "copil-formation";
    static final String COPIL_NAME = "Comité de pilotage du partenariat formation";

    static final CooperationCreatedEvent CREATED =
            new CooperationCreatedEvent(COOPERATION_ID, "Coopération des CDG des Hauts-de-France", "Hauts-de-France");
    static final MemberCentreAddedEvent NORD_ADDED = new MemberCentreAddedEvent(COOPERATION_ID, "59", "CDG du Nord");
    static final MemberCentreAddedEvent OISE_ADDED = new MemberCentreAddedEvent(COOPERATION_ID, "60", "CDG de l'Oise");
    static final PartnerOrganisationAddedEvent CNFPT_ADDED =
            new PartnerOrganisationAddedEvent(COOPERATION_ID, CNFPT, CNFPT_NAME);
    static final PersonRegisteredEvent ADMINISTRATOR_REGISTERED =
            new PersonRegisteredEvent(COOPERATION_ID, ADMINISTRATOR, CDG_59);
    static final AdministratorAppointedEvent ADMINISTRATOR_APPOINTED =
            new AdministratorAppointedEvent(COOPERATION_ID, ADMINISTRATOR);
    static final PersonRegisteredEvent OFFICER_REGISTERED = new PersonRegisteredEvent(COOPERATION_ID, OFFICER, CDG_59);
    static final PersonRegisteredEvent DIRECTOR_REGISTERED = new PersonRegisteredEvent(COOPERATION_ID, DIRECTOR, CDG_60);
    static final PersonRegisteredEvent DELEGATE_REGISTERED = new PersonRegisteredEvent(COOPERATION_ID, DELEGATE, CNFPT);
    static final BodyCreatedEvent CODIR_CREATED =
            new BodyCreatedEvent(COOPERATION_ID, CODIR, BodyKind.TECHNICAL_COMMITTEE, null);
    static final BodyCreatedEvent COPIL_CREATED =
            new BodyCreatedEvent(COOPERATION_ID, COPIL, BodyKind.STEERING_COMMITTEE, COPIL_NAME);

    static final AdministratorAppointedEvent OFFICER_APPOINTED = new AdministratorAppointedEvent(COOPERATION_ID, OFFICER);
    static final AdministratorAppointedEvent DIRECTOR_APPOINTED = new AdministratorAppointedEvent(COOPERATION_ID, DIRECTOR);
    static final PartnerNamedToBodyEvent CNFPT_NAMED_TO_COPIL = new PartnerNamedToBodyEvent(COOPERATION_ID, COPIL, CNFPT);
    static final BodyMemberAddedEvent OFFICER_IN_CODIR =
            new BodyMemberAddedEvent(COOPERATION_ID, CODIR, OFFICER, CDG_59, BodyRole.OFFICER);
    static final BodyMemberAddedEvent OFFICER_IN_COPIL =
            new BodyMemberAddedEvent(COOPERATION_ID, COPIL, OFFICER, CDG_59, BodyRole.CONVENOR);
    static final BodyMemberAddedEvent DIRECTOR_IN_CODIR =
            new BodyMemberAddedEvent(COOPERATION_ID, CODIR, DIRECTOR, CDG_60, BodyRole.MEMBER);

    /** A cooperation as the system bootstraps it: created, with a first centre and its first administrator. */
    private static final List<Object> ESTABLISHED = List.of(CREATED, NORD_ADDED, ADMINISTRATOR_REGISTERED, ADMINISTRATOR_APPOINTED);

    private static final List<Object> DIRECTORY = List.of(
            CREATED, NORD_ADDED, ADMINISTRATOR_REGISTERED, ADMINISTRATOR_APPOINTED, OISE_ADDED, CNFPT_ADDED,
            OFFICER_REGISTERED, DIRECTOR_REGISTERED, DELEGATE_REGISTERED,
            CODIR_CREATED, COPIL_CREATED);

    private HautsDeFranceDirectory() {
    }

    /** The cooperation created, with the centre of the Nord and its administrator, then these events. */
    static List<Object> establishedThen(Object... events) {
        List<Object> history = new ArrayList<>(ESTABLISHED);
        history.addAll(List.of(events));
        return history;
    }

    /** The directory above, then these events. */
    static List<Object> directoryThen(Object... events) {
        List<Object> history = new ArrayList<>(DIRECTORY);
        history.addAll(List.of(events));
        return history;
    }
}
