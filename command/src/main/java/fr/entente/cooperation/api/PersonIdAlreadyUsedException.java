package fr.entente.cooperation.api;

import fr.entente.common.api.StateConflictException;

/**
 * A person is registered once in a cooperation, and the identifier of a removed person is never
 * given to another: their past acts in the log keep pointing at them alone.
 */
public class PersonIdAlreadyUsedException extends StateConflictException {

    public static final String REGISTERED = "cooperation.person-already-registered";
    public static final String RETIRED = "cooperation.person-id-retired";

    private PersonIdAlreadyUsedException(String code, String message) {
        super(code, "personId", message);
    }

    public static PersonIdAlreadyUsedException registered(String organisationId) {
        return new PersonIdAlreadyUsedException(REGISTERED,
                "Cette personne est déjà inscrite dans la coopération, au titre de « " + organisationId
                + " ». Une personne n'est inscrite qu'une fois.");
    }

    public static PersonIdAlreadyUsedException retired() {
        return new PersonIdAlreadyUsedException(RETIRED,
                "Cet identifiant est celui d'une personne retirée de la coopération, dont les actes restent au "
                + "journal. Inscrivez la personne sous un nouvel identifiant.");
    }
}
