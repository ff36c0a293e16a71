package fr.entente.infra.cluster;

import com.mongodb.client.MongoDatabase;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Scheduled work that must run once across the hub's nodes (the log's chain, deadlines, reminders, digests,
 * retention): each run takes the job's lease in the store ({@value #COLLECTION}, ShedLock's MongoDB provider) and
 * skips if another node holds it. The lease is short ({@code entente.scheduled-work.lease}, 30 s by default) and
 * renewed every half lease while the run lasts, then given back: a run may take as long as it needs, and when its
 * node dies (nothing renews the lease any more) another node takes the job over one lease later at most, not after a
 * bound sized for the longest run. With one node the lease is always free and the work runs as it would without it.
 */
public class ScheduledWorkLeases implements AutoCloseable {

    public static final String COLLECTION = "scheduled_work_leases";
    public static final Duration DEFAULT_LEASE = Duration.ofSeconds(30);

    private static final Logger log = LoggerFactory.getLogger(ScheduledWorkLeases.class);

    private final MongoLockProvider leases;
    private final Duration lease;
    private final ScheduledExecutorService renewals;

    public ScheduledWorkLeases(MongoDatabase database) {
        this(database, DEFAULT_LEASE);
    }

    public ScheduledWorkLeases(MongoDatabase database, Duration lease) {
        if (lease.compareTo(Duration.ofMillis(200)) < 0) {
            throw new IllegalArgumentException("a lease shorter than 200 ms would lapse between two renewals: " + lease);
        }
        this.leases = new MongoLockProvider(database.getCollection(COLLECTION));
        this.lease = lease;
        this.renewals = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "scheduled-work-leases");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** How long another node waits, at most, to take over a job whose node died during a run. */
    public Duration lease() {
        return lease;
    }

    /** Runs {@code work} if this node gets the lease of {@code job}; answers whether it ran here. */
    public boolean runAlone(String job, Runnable work) {
        Optional<SimpleLock> taken = leases.lock(new LockConfiguration(Instant.now(), job, lease, Duration.ZERO));
        if (taken.isEmpty()) {
            return false;
        }
        Lease held = new Lease(taken.get(), System.nanoTime() + lease.toNanos());
        long every = lease.toMillis() / 2;
        ScheduledFuture<?> renewal = renewals.scheduleAtFixedRate(() -> renew(job, held), every, every,
                                                                  TimeUnit.MILLISECONDS);
        try {
            work.run();
            return true;
        } finally {
            renewal.cancel(false);
            held.giveBack(job);
        }
    }

    private void renew(String job, Lease held) {
        try {
            if (!held.renew(lease)) {
                log.warn("The lease of the scheduled work {} could not be renewed: another node may take it over", job);
            }
        } catch (RuntimeException e) {
            log.warn("Renewing the lease of the scheduled work {} failed: {}", job, e.toString());
        }
    }

    /**
     * A lease this node holds, and until when it surely does. Given back only while it does: the store gives a lease
     * back by the job's name alone, so a run that outlived its lease (renewals failing) would otherwise end the lease
     * another node took meanwhile.
     */
    private static final class Lease {

        private SimpleLock lock;
        private long heldUntilNanos;

        Lease(SimpleLock lock, long heldUntilNanos) {
            this.lock = lock;
            this.heldUntilNanos = heldUntilNanos;
        }

        /** Whether it is still held, for one more lease from now. */
        synchronized boolean renew(Duration lease) {
            long asked = System.nanoTime();
            Optional<SimpleLock> renewed = lock.extend(lease, Duration.ZERO);
            renewed.ifPresent(extended -> {
                lock = extended;
                heldUntilNanos = asked + lease.toNanos();
            });
            return renewed.isPresent();
        }

        synchronized void giveBack(String job) {
            if (System.nanoTime() - heldUntilNanos < 0) {
                lock.unlock();
            } else {
                log.warn("The scheduled work {} outlived its lease: not given back, another node may hold it now", job);
            }
        }
    }

    /** Stops renewing: the leases this node holds lapse as if it had died. */
    @Override
    public void close() {
        renewals.shutdownNow();
    }
}
