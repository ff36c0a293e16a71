package fr.entente.infra.logchain;

import com.mongodb.client.MongoDatabase;
import fr.entente.infra.eventstore.EventStoreBenchmark;
import fr.entente.infra.eventstore.EventStoreSettings;
import fr.entente.infra.eventstore.MongoEventStorageEngine;
import fr.entente.infra.serialization.JacksonSerializers;
import fr.entente.testing.TestMongo;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Not a test (no Test suffix: surefire runs it only when named): the verifier's rate over a log of
 * {@code -Dverifier.events} events (50,000 by default), verified five times.
 * {@code mvn -B -o verify -pl infra -am -Dtest=LogVerifierRateCheck -Dsurefire.failIfNoSpecifiedTests=false}
 */
class LogVerifierRateCheck {

    @RegisterExtension
    static final TestMongo.PerClass mongo = new TestMongo.PerClass();

    @Test
    void rate() {
        int events = Integer.getInteger("verifier.events", 50_000);
        MongoDatabase database = mongo.freshDatabase();
        MongoEventStorageEngine engine = MongoEventStorageEngine.builder().database(database).soleWriter(true)
                                                                .settings(EventStoreSettings.defaults())
                                                                .eventSerializer(JacksonSerializers.messages())
                                                                .snapshotSerializer(JacksonSerializers.snapshots()).build();
        long t0 = System.nanoTime();
        for (int start = 0; start < events; start += 1_000) {
            List<EventMessage<?>> batch = new ArrayList<>();
            for (int i = start; i < Math.min(events, start + 1_000); i++) {
                batch.add(EventStoreBenchmark.event("agg-" + (i % 997), i / 997));
            }
            engine.appendEvents(batch);
        }
        long t1 = System.nanoTime();
        LogChain chain = new LogChain(database).withIndexes();
        assertThat(chain.extendFully()).isEqualTo(events);
        long t2 = System.nanoTime();
        System.out.printf(Locale.ROOT, "VERIFIER fill %,d events %.1f s, chain %.1f s%n", events, (t1 - t0) / 1e9, (t2 - t1) / 1e9);
        LogVerifier verifier = new LogVerifier(chain, Clock.systemUTC());
        for (int round = 0; round < 5; round++) {
            com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            long cpu = os.getProcessCpuTime();
            long s = System.nanoTime();
            Verification verification = verifier.verifyWithoutCheckpoints();
            double seconds = (System.nanoTime() - s) / 1e9;
            double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
            assertThat(verification.intact()).isTrue();
            assertThat(verification.entriesChecked()).isEqualTo(events);
            System.out.printf(Locale.ROOT, "VERIFIER round %d: %,d events in %.2f s: %,.0f events/s; process CPU %.2f s"
                                           + " (%.1f µs an event); load average %.1f%n", round, events, seconds,
                              events / seconds, cpuSeconds, cpuSeconds * 1e6 / events, os.getSystemLoadAverage());
        }
    }
}
