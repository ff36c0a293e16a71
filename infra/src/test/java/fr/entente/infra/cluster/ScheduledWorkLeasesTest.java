package fr.entente.infra.cluster;

import com.mongodb.client.MongoDatabase;
import fr.entente.testing.TestMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two nodes' leases on one store ({@code scheduled_work_leases}): a job runs on one node at a time; a run longer than
 * the lease keeps it by renewing it; a node that dies during a run (nothing renews its lease any more) loses the job
 * to another node one lease later.
 */
class ScheduledWorkLeasesTest {

    private static final Duration LEASE = Duration.ofMillis(600);

    @RegisterExtension
    static final TestMongo.PerClass mongo = new TestMongo.PerClass();

    private MongoDatabase database;
    private ScheduledWorkLeases node1;
    private ScheduledWorkLeases node2;

    @BeforeEach
    void twoNodesOnOneStore() {
        database = mongo.freshDatabase();
        node1 = new ScheduledWorkLeases(database, LEASE);
        node2 = new ScheduledWorkLeases(database, LEASE);
    }

    @AfterEach
    void stopRenewing() {
        node1.close();
        node2.close();
    }

    @Test
    void aJobRunningOnOneNodeIsSkippedOnTheOtherAndRunsThereOnceGivenBack() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> node1.runAlone("digest", () -> {
            runs.incrementAndGet();
            running.countDown();
            await(finish);
        }));
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();

        assertThat(node2.runAlone("digest", runs::incrementAndGet)).as("while node 1 runs it").isFalse();
        assertThat(node2.runAlone("retention", () -> { })).as("another job").isTrue();
        finish.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(runs.get()).isEqualTo(1);

        assertThat(node2.runAlone("digest", runs::incrementAndGet)).as("once node 1 gave it back").isTrue();
        assertThat(runs.get()).isEqualTo(2);
    }

    @Test
    void aRunLongerThanTheLeaseKeepsItByRenewingIt() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<Boolean> longRun = CompletableFuture.supplyAsync(() -> node1.runAlone("log-chain", () -> {
            running.countDown();
            await(finish);
        }));
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
        for (int look = 0; look < 6; look++) {
            Thread.sleep(LEASE.toMillis() / 2);
            assertThat(node2.runAlone("log-chain", () -> { })).as("after %d half leases of a run still going", look + 1)
                                                           .isFalse();
        }
        finish.countDown();
        assertThat(longRun.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(node2.runAlone("log-chain", () -> { })).as("given back at the end of the run").isTrue();
    }

    @Test
    void aLeaseHeldByANodeThatDiedLapsesAndAnotherNodeTakesTheJobOver() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        Thread dying = new Thread(() -> node1.runAlone("log-chain", () -> {
            running.countDown();
            await(never);
        }));
        dying.setDaemon(true);
        dying.start();
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
        node1.close(); // its process dies: nothing renews its lease any more
        assertThat(node2.runAlone("log-chain", () -> { })).as("within the lease").isFalse();

        Thread.sleep(LEASE.toMillis() + 300);
        assertThat(node2.runAlone("log-chain", () -> { })).as("once it lapsed").isTrue();
        dying.interrupt();
    }

    @Test
    void aRunThatOutlivedItsLeaseDoesNotGiveBackTheLeaseAnotherNodeTook() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<Boolean> outlived = CompletableFuture.supplyAsync(() -> node1.runAlone("digest", () -> {
            running.countDown();
            await(finish);
        }));
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
        node1.close(); // its renewals stop (a pause longer than the lease)
        Thread.sleep(LEASE.toMillis() + 300);
        CountDownLatch secondRunning = new CountDownLatch(1);
        CountDownLatch secondFinish = new CountDownLatch(1);
        CompletableFuture<Boolean> takenOver = CompletableFuture.supplyAsync(() -> node2.runAlone("digest", () -> {
            secondRunning.countDown();
            await(secondFinish);
        }));
        assertThat(secondRunning.await(10, TimeUnit.SECONDS)).isTrue();

        finish.countDown();
        assertThat(outlived.get(10, TimeUnit.SECONDS)).isTrue();
        try (ScheduledWorkLeases node3 = new ScheduledWorkLeases(database, LEASE)) {
            assertThat(node3.runAlone("digest", () -> { })).as("node 2's lease, still held by its run").isFalse();
        }
        secondFinish.countDown();
        assertThat(takenOver.get(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aLeaseTooShortToBeRenewedIsRefused() {
        assertThatThrownBy(() -> new ScheduledWorkLeases(mongo.freshDatabase(), Duration.ofMillis(50)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
