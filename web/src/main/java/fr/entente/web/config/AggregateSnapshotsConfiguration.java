package fr.entente.web.config;

import fr.entente.infra.axon.EventStoreProperties;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One snapshot trigger per aggregate type, named as the aggregates' {@code @Aggregate} annotations name them. */
@Configuration(proxyBeanMethods = false)
public class AggregateSnapshotsConfiguration {

    @Bean
    public SnapshotTriggerDefinition cooperationSnapshotTrigger(Snapshotter snapshotter,
                                                                EventStoreProperties properties) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, properties.snapshotThreshold("cooperation"));
    }

    /** A meeting gathers many events (notes are saved block by block while it is live). */
    @Bean
    public SnapshotTriggerDefinition meetingSnapshotTrigger(Snapshotter snapshotter, EventStoreProperties properties) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, properties.snapshotThreshold("meeting"));
    }
}
