package fr.entente.infra.cluster;

import com.mongodb.client.MongoDatabase;
import fr.entente.testing.TestMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Two nodes' leases on one store ({@code scheduled_work_leases}): a job runs on one node at a time. */
class ScheduledWorkLeasesTest {

    @RegisterExtension
    static final TestMongo.PerClass mongo = new TestMongo.PerClass();

    private ScheduledWorkLeases node1;
    private ScheduledWorkLeases node2;

    @BeforeEach
    void twoNodesOnOneStore() {
        MongoDatabase database = mongo.freshDatabase();
        node1 = new ScheduledWorkLeases(database);
        node2 = new ScheduledWorkLeases(database);
    }

    @Test
    void aJobRunningOnOneNodeIsSkippedOnTheOtherAndRunsThereOnceGivenBack() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> node1.runAlone("digest", Duration.ofMinutes(5), () -> {
            runs.incrementAndGet();
            running.countDown();
            await(finish);
        }));
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();

        assertThat(node2.runAlone("digest", Duration.ofMinutes(5), runs::incrementAndGet)).as("while node 1 runs it").isFalse();
        assertThat(node2.runAlone("retention", Duration.ofMinutes(5), () -> { })).as("another job").isTrue();
        finish.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(runs.get()).isEqualTo(1);

        assertThat(node2.runAlone("digest", Duration.ofMinutes(5), runs::incrementAndGet)).as("once node 1 gave it back").isTrue();
        assertThat(runs.get()).isEqualTo(2);
    }

    @Test
    void aLeaseHeldByANodeThatDiedLapsesAndAnotherNodeTakesTheJobOver() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        Thread dying = new Thread(() -> node1.runAlone("log-chain", Duration.ofMillis(500), () -> {
            running.countDown();
            await(never);
        }));
        dying.setDaemon(true);
        dying.start();
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(node2.runAlone("log-chain", Duration.ofMinutes(1), () -> { })).as("within the lease").isFalse();

        Thread.sleep(700);
        assertThat(node2.runAlone("log-chain", Duration.ofMinutes(1), () -> { })).as("once it lapsed").isTrue();
        dying.interrupt();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
