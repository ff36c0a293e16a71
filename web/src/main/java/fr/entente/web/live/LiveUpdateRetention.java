package fr.entente.web.live;

import fr.entente.infra.cluster.ScheduledWorkLeases;
import fr.entente.live.query.LiveUpdateJournal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;

/**
 * Keeps the live-update journal to {@code entente.live.retention} (7 days by default): enough for a page left open
 * over a weekend to catch up; a client away longer reloads its page.
 */
@Component
public class LiveUpdateRetention {

    private static final Logger log = LoggerFactory.getLogger(LiveUpdateRetention.class);

    private final LiveUpdateJournal journal;
    private final ScheduledWorkLeases leases;
    private final Duration retention;
    private final Clock clock;

    LiveUpdateRetention(LiveUpdateJournal journal, @Value("${entente.live.retention:7d}") Duration retention,
                        ScheduledWorkLeases leases) {
        this.leases = leases;
        this.journal = journal;
        this.retention = retention;
        this.clock = Clock.systemUTC();
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1H")
    void forgetOldUpdates() {
        leases.runAlone("live-update-retention", this::forgetOldUpdatesHere);
    }

    private void forgetOldUpdatesHere() {
        long forgotten = journal.forgetBefore(clock.instant().minus(retention));
        if (forgotten > 0) {
            log.info("Forgot {} live updates older than {}", forgotten, retention);
        }
    }
}
