package fr.entente.web.security;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import fr.entente.infra.cluster.ScheduledWorkLeases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;

/**
 * Deletes the sessions kept in the store once they have expired. MongoDB's TTL index does it on a replica set; the
 * embedded server has no TTL monitor, and a session nobody uses again is never read, so without this its document
 * would stay. One node at a time does it (a lease), every quarter of an hour.
 */
@Component
@ConditionalOnProperty(name = "entente.sessions.kept-in", havingValue = "store")
public class ExpiredSessionsSweep {

    private static final Logger log = LoggerFactory.getLogger(ExpiredSessionsSweep.class);

    private final MongoDatabase database;
    private final ScheduledWorkLeases leases;
    private final String collection;
    private final Clock clock;

    ExpiredSessionsSweep(MongoDatabase database, ScheduledWorkLeases leases,
                         @Value("${spring.session.mongodb.collection-name:sessions}") String collection) {
        this.database = database;
        this.leases = leases;
        this.collection = collection;
        this.clock = Clock.systemUTC();
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT15M")
    void sweep() {
        leases.runAlone("expired-sessions", this::sweepHere);
    }

    /** Deletes the sessions whose expiry has passed; answers how many. */
    long sweepHere() {
        long deleted = database.getCollection(collection).deleteMany(Filters.lt("expireAt", Date.from(clock.instant())))
                               .getDeletedCount();
        if (deleted > 0) {
            log.info("Deleted {} expired sessions", deleted);
        }
        return deleted;
    }
}
