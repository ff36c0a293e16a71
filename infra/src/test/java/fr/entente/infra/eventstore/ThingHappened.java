package fr.entente.infra.eventstore;

import org.axonframework.serialization.Revision;

@Revision("1")
record ThingHappened(String thingId, long value, String note) {
}
