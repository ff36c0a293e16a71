package fr.entente.cooperation.api;

import org.axonframework.serialization.Revision;

/**
 * A person left the cooperation; the events that removed them from its bodies and administration come
 * before this one.
 */
@Revision("1")
public record PersonRemovedEvent(String cooperationId, String personId) {
}
