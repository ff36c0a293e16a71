package fr.entente.cooperation.api;

/** What adding a partner organisation did: the partner as the cooperation now holds it. */
public record PartnerReceipt(String organisationId, String name) {

    public static PartnerReceipt from(PartnerOrganisationAddedEvent added) {
        return new PartnerReceipt(added.organisationId(), added.name());
    }
}
