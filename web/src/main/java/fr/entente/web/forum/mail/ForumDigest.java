package fr.entente.web.forum.mail;

import fr.entente.infra.cluster.ScheduledWorkLeases;
import fr.entente.forum.query.NotificationStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The daily digest, at 07:00 Europe/Paris: checked every minute, and at start, so that a hub stopped at 07:00 sends the
 * day's digests when it comes back; each person's digest of a day is recorded before it goes, so that it never goes
 * twice, whatever the restarts and however many nodes check.
 */
@Component
class ForumDigest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final LocalTime AT = LocalTime.of(7, 0);
    private static final Logger log = LoggerFactory.getLogger(ForumDigest.class);

    private final NotificationStore notifications;
    private final ForumMailing mailing;
    private final Clock clock;
    private final ScheduledWorkLeases leases;

    ForumDigest(NotificationStore notifications, ForumMailing mailing, ObjectProvider<Clock> clocks,
                ScheduledWorkLeases leases) {
        this.leases = leases;
        this.notifications = notifications;
        this.mailing = mailing;
        this.clock = clocks.getIfAvailable(Clock::systemUTC);
    }

    @Scheduled(initialDelayString = "${entente.forum.digest.first-check:PT5S}", fixedDelayString = "${entente.forum.digest.every:PT1M}")
    void sendDue() {
        leases.runAlone("forum-digest", this::sendDueHere);
    }

    private void sendDueHere() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, PARIS);
        Instant due = today.atTime(AT).atZone(PARIS).toInstant();
        if (now.isBefore(due)) {
            return;
        }
        for (String personId : notifications.peopleToldBefore(due)) {
            try {
                mailing.digest(personId, today, due, now);
            } catch (RuntimeException e) {
                log.warn("The forum digest of a person could not be prepared; it is tried again in a minute", e);
            }
        }
    }
}
