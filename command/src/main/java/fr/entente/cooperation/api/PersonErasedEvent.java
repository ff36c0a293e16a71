package fr.entente.cooperation.api;

/** A person's personal data was erased: their account, name, e-mail and feeds leave the hub; their identifier stays. */
public record PersonErasedEvent(String cooperationId, String personId) {
}
