package fr.entente.infra.cluster;

import com.mongodb.client.MongoDatabase;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;

import java.time.Duration;
import java.time.Instant;

/**
 * Scheduled work that must run once across the hub's nodes (the log's chain, deadlines, reminders, digests,
 * retention): each run takes the job's lease in the store ({@value #COLLECTION}, ShedLock's MongoDB provider) and
 * skips if another node holds it. A lease is given back when its run ends, or lapses after {@code atMost} if its node
 * died during the run, so that another node takes the job over at its next turn. With one node the lease is always
 * free and the work runs as it would without it.
 */
public class ScheduledWorkLeases {

    public static final String COLLECTION = "scheduled_work_leases";

    private final LockingTaskExecutor executor;

    public ScheduledWorkLeases(MongoDatabase database) {
        this.executor = new DefaultLockingTaskExecutor(new MongoLockProvider(database.getCollection(COLLECTION)));
    }

    /**
     * Runs {@code work} if this node gets the lease of {@code job}, held at most {@code atMost} (longer than a run
     * takes: a run outliving its lease could overlap the next node's); answers whether it ran here.
     */
    public boolean runAlone(String job, Duration atMost, Runnable work) {
        try {
            return executor.executeWithLock(() -> {
                work.run();
                return Boolean.TRUE;
            }, new LockConfiguration(Instant.now(), job, atMost, Duration.ZERO)).wasExecuted();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable checked) {
            throw new IllegalStateException("The scheduled work " + job + " failed", checked);
        }
    }
}
