package fr.entente.infra.eventstore;

import org.axonframework.eventhandling.DomainEventData;

import java.time.Instant;

/**
 * A document of the {@code events} or {@code snapshots} collection as the engine reads it ({@link StoredEventCodec}):
 * its global sequence number, whether it marks an unused number, its timestamp, and the entry Axon reads (none for a
 * marker).
 *
 * @param globalSequence the {@code _id} of an event or marker; -1 for a snapshot (whose {@code _id} is its aggregate)
 * @param unused         true for the marker of a number that will never hold an event ({@link UnusedNumbers})
 * @param timestamp      when the event (or marker) was written
 * @param entry          payload and metadata as Jackson trees, with the global sequence number in the metadata; null
 *                       for a marker
 */
record StoredEvent(long globalSequence, boolean unused, Instant timestamp, DomainEventData<Object> entry) {

    long sequenceNumber() {
        return entry.getSequenceNumber();
    }
}
