package fr.entente.cooperation.api;

/** What registering a person did: who, for which organisation. */
public record RegistrationReceipt(String personId, String organisationId) {

    public static RegistrationReceipt from(PersonRegisteredEvent registered) {
        return new RegistrationReceipt(registered.personId(), registered.organisationId());
    }
}
