package fr.entente.cooperation.query;

/** A partner organisation of a cooperation, such as the CNFPT. */
public record PartnerView(String organisationId, String name) {
}
