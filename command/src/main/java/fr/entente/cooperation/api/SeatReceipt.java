package fr.entente.cooperation.api;

/** What seating a person in a body did: where they sit, for which organisation, with which role. */
public record SeatReceipt(String bodyId, String personId, String organisationId, BodyRole role) {

    public static SeatReceipt from(BodyMemberAddedEvent added) {
        return new SeatReceipt(added.bodyId(), added.personId(), added.organisationId(), added.role());
    }
}
