package fr.entente.mongo.embedded;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;

/**
 * Makes writes durable before they are acknowledged, with one MVStore commit for many concurrent writes.
 * <p>
 * A write runs between {@link #beginWrite()} and {@link #endWrite()}, which hold a shared "gate"; a commit
 * holds the gate exclusively. So a commit never captures a write half done (MVStore commits map by map:
 * without the gate it could store a document without its index entries, and a kill at that moment would
 * leave them inconsistent on disk). {@link #endWrite()} hands out a ticket; {@link #awaitDurable(long)}
 * returns once a commit that started after that ticket was issued has completed.
 * <p>
 * Leader/follower: the first waiting writer commits (leader) while later ones wait on a condition; a commit
 * covers every write that ended before it started, so N concurrent writers cost about two commits, not N.
 * <p>
 * After a commit, at most every {@value #HOUSEKEEPING_INTERVAL_MS} ms and still under the gate, the leader
 * rewrites the live pages of sparse chunks ({@link MVStore#compact}) so that old chunks can be freed and their
 * space reused. MVStore's own background thread would do this without the gate, so it is disabled.
 * <p>
 * With {@link Durability#SYNC}, the leader syncs the file ({@code fsync}) after the commit, outside the gate, so
 * that writers go on applying their writes (for the next commit) while the disk works: an acknowledged write survives
 * a power cut. With {@link Durability#NO_SYNC}, the chunk is written to the file (the OS page cache) only: acknowledged
 * writes survive the death of the process ({@code kill -9}), not a power cut or a kernel crash.
 */
final class GroupCommit {

    static final long HOUSEKEEPING_INTERVAL_MS = 100;
    /** Rewrite sparse chunks when live data is below this share of all chunk data (percent). */
    private static final int CHUNKS_FILL_TARGET = 85;
    /** At most this many bytes rewritten by one housekeeping step, to bound the latency it adds. */
    private static final int REWRITE_LIMIT_BYTES = 1024 * 1024;

    private final MVStore store;
    private final boolean sync;
    private final ReentrantReadWriteLock gate = new ReentrantReadWriteLock();
    private final AtomicLong finishedWrites = new AtomicLong();

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition commitEnded = lock.newCondition();
    private long durableUpTo;
    private boolean committing;

    private long lastHousekeeping = System.nanoTime();

    private final LongAdder commits = new LongAdder();
    private final LongAdder commitNanos = new LongAdder();
    private final AtomicLong maxCommitNanos = new AtomicLong();
    private final LongAdder housekeepingRuns = new LongAdder();
    private final LongAdder syncs = new LongAdder();
    private final LongAdder syncNanos = new LongAdder();

    GroupCommit(MVStore store, Durability durability) {
        this.store = store;
        this.sync = durability == Durability.SYNC;
    }

    void beginWrite() {
        gate.readLock().lock();
    }

    /** Ends a write begun by {@link #beginWrite()} in this thread; returns its ticket. */
    long endWrite() {
        gate.readLock().unlock();
        return finishedWrites.incrementAndGet();
    }

    /** Returns once every write that ended before {@code ticket} was issued is committed to the file. */
    void awaitDurable(long ticket) {
        lock.lock();
        try {
            while (durableUpTo < ticket) {
                if (committing) {
                    commitEnded.awaitUninterruptibly();
                    continue;
                }
                committing = true;
                long target = finishedWrites.get();
                lock.unlock();
                RuntimeException failure = null;
                try {
                    commitNow();
                } catch (RuntimeException e) {
                    failure = e;
                } finally {
                    lock.lock();
                    committing = false;
                    if (failure == null && target > durableUpTo) {
                        durableUpTo = target;
                    }
                    commitEnded.signalAll();
                }
                if (failure != null) {
                    throw failure;
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Commits everything written so far (waits for writes in progress), with housekeeping when it is due, then syncs
     * the file if this store syncs.
     */
    void commitNow() {
        boolean committed = false;
        gate.writeLock().lock();
        try {
            if (store.isClosed()) {
                throw new IllegalStateException("the embedded MongoDB store is closed");
            }
            if (store.hasUnsavedChanges()) {
                long start = System.nanoTime();
                store.commit();
                long elapsed = System.nanoTime() - start;
                commits.increment();
                commitNanos.add(elapsed);
                maxCommitNanos.accumulateAndGet(elapsed, Math::max);
                committed = true;
            }
            long now = System.nanoTime();
            if (now - lastHousekeeping >= TimeUnit.MILLISECONDS.toNanos(HOUSEKEEPING_INTERVAL_MS)) {
                lastHousekeeping = now;
                committed |= housekeeping();
            }
        } finally {
            gate.writeLock().unlock();
        }
        if (sync && committed) {
            long start = System.nanoTime();
            store.sync();
            syncs.increment();
            syncNanos.add(System.nanoTime() - start);
        }
    }

    /** @return whether it wrote to the file */
    private boolean housekeeping() {
        FileStore<?> fileStore = store.getFileStore();
        if (fileStore == null) {
            return false;
        }
        housekeepingRuns.increment();
        if (fileStore.getChunksFillRate() < CHUNKS_FILL_TARGET) {
            // marks the live pages of the sparsest chunks as changed; the commit writes them into a new chunk,
            // and the old chunks, now empty, are freed by a later commit
            if (store.compact(CHUNKS_FILL_TARGET, REWRITE_LIMIT_BYTES)) {
                store.commit();
                return true;
            }
        }
        return false;
        // No chunk moving (RandomAccessStore.compactMoveChunks): H2 2.3.232 trips its own assertion in it, and
        // freed space is reused by later chunks anyway; the file shrinks when its tail becomes free.
    }

    CommitStatistics statistics() {
        long count = commits.sum();
        long syncCount = syncs.sum();
        return new CommitStatistics(count, finishedWrites.get(), count == 0 ? 0 : commitNanos.sum() / count,
            maxCommitNanos.get(), housekeepingRuns.sum(), syncCount, syncCount == 0 ? 0 : syncNanos.sum() / syncCount);
    }

    /** Figures for tests and logs: number of commits and writes, commit times, syncs. */
    record CommitStatistics(long commits, long writes, long averageCommitNanos, long maxCommitNanos,
                            long housekeepingRuns, long syncs, long averageSyncNanos) {
    }
}
