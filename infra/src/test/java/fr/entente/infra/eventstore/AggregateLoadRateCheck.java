package fr.entente.infra.eventstore;

import com.mongodb.client.MongoDatabase;
import fr.entente.infra.serialization.JacksonSerializers;
import fr.entente.testing.TestMongo;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Not a test (no Test suffix: surefire runs it only when named): the load of a 1,000-event aggregate spread one in
 * every hundred over {@code -Dloads.events} events (100,000 by default), as the store benchmark writes it; three
 * rounds of {@code -Dloads.count} loads (300), with the process's CPU time per load (server and client share it).
 */
class AggregateLoadRateCheck {

    @RegisterExtension
    static final TestMongo.PerClass mongo = new TestMongo.PerClass();

    @Test
    void loads() {
        int events = Integer.getInteger("loads.events", 100_000);
        int count = Integer.getInteger("loads.count", 300);
        MongoDatabase database = mongo.freshDatabase();
        MongoEventStorageEngine engine = MongoEventStorageEngine.builder().database(database).soleWriter(true)
                                                                .settings(EventStoreSettings.defaults())
                                                                .eventSerializer(JacksonSerializers.messages())
                                                                .snapshotSerializer(JacksonSerializers.snapshots()).build();
        long big = 0;
        long t0 = System.nanoTime();
        for (long stored = 0; stored < events; ) {
            List<EventMessage<?>> batch = new ArrayList<>();
            for (int k = 0; k < 1_000 && stored < events; k++) {
                long position = ++stored;
                batch.add(position % 100 == 0 && big < 1_000 ? EventStoreBenchmark.event("big", big++)
                                                             : EventStoreBenchmark.event("fill-" + position / 10, position % 10));
            }
            engine.appendEvents(batch);
        }
        System.out.printf(Locale.ROOT, "LOADS fill %,d events in %.1f s%n", events, (System.nanoTime() - t0) / 1e9);
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        for (int round = 0; round < 3; round++) {
            long[] micros = new long[count];
            long cpu = os.getProcessCpuTime();
            for (int i = 0; i < count; i++) {
                long s = System.nanoTime();
                long n = engine.readEvents("big").asStream().map(DomainEventMessage::getPayload).count();
                micros[i] = (System.nanoTime() - s) / 1_000;
                assertThat(n).isEqualTo(big);
            }
            double cpuMs = (os.getProcessCpuTime() - cpu) / 1e6 / count;
            Arrays.sort(micros);
            System.out.printf(Locale.ROOT, "LOADS round %d: p50 %.1f ms, p99 %.1f ms, CPU %.1f ms a load; load average %.1f%n",
                              round, micros[count / 2] / 1e3, micros[count * 99 / 100] / 1e3, cpuMs,
                              os.getSystemLoadAverage());
        }
    }
}
