package fr.entente.infra.cluster;

import fr.entente.infra.eventstore.MongoEventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Where several nodes share the store, one of them (under a lease) looks every 15 s for global sequence numbers that a
 * node which died allocated and never wrote, and marks them unused in the log: a node's {@code kill -9} during an
 * append leaves no unexplained hole, even if that node never starts again.
 */
@Component
public class DeadWritersSweep {

    private static final Logger log = LoggerFactory.getLogger(DeadWritersSweep.class);

    private final MongoEventStorageEngine engine;
    private final ScheduledWorkLeases leases;

    public DeadWritersSweep(MongoEventStorageEngine engine, ScheduledWorkLeases leases) {
        this.engine = engine;
        this.leases = leases;
    }

    @Scheduled(fixedDelayString = "${entente.event-store.dead-writers-check-ms:15000}", initialDelay = 15_000)
    public void markNumbersOfDeadWriters() {
        if (engine.isSoleWriter()) {
            return; // nobody else writes: its start marked what a stop left, and no lease is worth taking
        }
        try {
            leases.runAlone("dead-writers", engine::recordUnwrittenAllocations);
        } catch (RuntimeException e) {
            log.warn("Looking for numbers a stopped node allocated and never wrote failed; trying again at the next turn: {}",
                     e.toString());
        }
    }
}
