package fr.entente.infra.axon;

import fr.entente.infra.eventstore.EventStoreSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.Map;

/**
 * Tuning of the event store, the processors' tokens and the snapshots (see {@link EventStoreSettings}).
 *
 * @param snapshotThresholds events after which an aggregate type is snapshotted, by type (for example
 *                           {@code cooperation: 100}); {@code defaultSnapshotThreshold} for the others
 */
@ConfigurationProperties("entente.event-store")
public record EventStoreProperties(Integer batchSize, Integer maxGroupSize, Duration inFlightWait,
                                   Duration gapTimeout, Integer maxGapOffset, Duration tokenClaimTimeout,
                                   Integer defaultSnapshotThreshold, Map<String, Integer> snapshotThresholds) {

    public EventStoreSettings settings() {
        EventStoreSettings defaults = EventStoreSettings.defaults();
        return new EventStoreSettings(batchSize == null ? defaults.batchSize() : batchSize,
                                      maxGroupSize == null ? defaults.maxGroupSize() : maxGroupSize,
                                      inFlightWait == null ? defaults.inFlightWait() : inFlightWait,
                                      gapTimeout == null ? defaults.gapTimeout() : gapTimeout,
                                      maxGapOffset == null ? defaults.maxGapOffset() : maxGapOffset);
    }

    public Duration claimTimeout() {
        return tokenClaimTimeout == null ? Duration.ofSeconds(10) : tokenClaimTimeout;
    }

    public int snapshotThreshold(String aggregateType) {
        Integer fallback = defaultSnapshotThreshold == null ? 100 : defaultSnapshotThreshold;
        return snapshotThresholds == null ? fallback : snapshotThresholds.getOrDefault(aggregateType, fallback);
    }
}
