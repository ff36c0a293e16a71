package fr.entente.cooperation.api;

import fr.entente.common.api.StateConflictException;

/** Partners sit only in the bodies they are named to. */
public class PartnerNotNamedToBodyException extends StateConflictException {

    public static final String CODE = "cooperation.partner-not-named-to-body";

    public PartnerNotNamedToBodyException(String organisationId) {
        super(CODE, "personId",
              "Cette personne appartient au partenaire « " + organisationId + " », qui n'est pas nommé dans cette "
              + "instance. Nommez d'abord le partenaire dans l'instance, puis ajoutez la personne.");
    }
}
