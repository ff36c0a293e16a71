package fr.entente.cooperation.api;

import org.axonframework.serialization.Revision;

@Revision("1")
public record CooperationCreatedEvent(String cooperationId, String name, String region) {
}
