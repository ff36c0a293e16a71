package fr.entente.cooperation.api;

import org.axonframework.serialization.Revision;

/** A person's personal data was erased: their account, name, e-mail and feeds leave the hub; their identifier stays. */
@Revision("1")
public record PersonErasedEvent(String cooperationId, String personId) {
}
