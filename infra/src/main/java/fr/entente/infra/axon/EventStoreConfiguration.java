package fr.entente.infra.axon;

import com.mongodb.client.MongoDatabase;
import fr.entente.infra.audit.AuditCorrelationDataProvider;
import fr.entente.infra.eventstore.MongoEventStorageEngine;
import fr.entente.infra.eventstore.TrackingTokenStores;
import fr.entente.infra.mongo.MongoStore;
import fr.entente.infra.serialization.JacksonSerializers;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * Axon on our storage: the MongoDB event storage engine, the processors' tokens in MongoDB, JSON for every
 * serializer, the audit metadata on every event, and tracking processors with one segment (one node needs no more).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EventStoreProperties.class)
public class EventStoreConfiguration {

    @Bean
    @Primary
    public Serializer serializer() {
        return JacksonSerializers.messages();
    }

    @Bean
    @Qualifier("messageSerializer")
    public Serializer messageSerializer() {
        return JacksonSerializers.messages();
    }

    @Bean
    @Qualifier("eventSerializer")
    public Serializer eventSerializer() {
        return JacksonSerializers.messages();
    }

    @Bean
    public MongoEventStorageEngine eventStorageEngine(MongoStore store, MongoDatabase database,
                                                      @Qualifier("eventSerializer") Serializer eventSerializer,
                                                      List<EventUpcaster> upcasters,
                                                      EventStoreProperties properties) {
        return MongoEventStorageEngine.builder()
                                      .database(database)
                                      // the embedded server has one owner, this process
                                      .soleWriter(store.isEmbedded())
                                      .settings(properties.settings())
                                      // an event's age is judged by the clock that stamped it (tests move it)
                                      .clock(new EventsClock())
                                      .eventSerializer(eventSerializer)
                                      .snapshotSerializer(JacksonSerializers.snapshots())
                                      .upcasterChain(new EventUpcasterChain(upcasters))
                                      .build();
    }

    @Bean
    public TokenStore tokenStore(MongoDatabase database, Serializer serializer, EventStoreProperties properties) {
        return TrackingTokenStores.mongo(database, serializer, ManagementFactory.getRuntimeMXBean().getName(),
                                         properties.claimTimeout());
    }

    @Bean
    public CorrelationDataProvider auditCorrelationDataProvider() {
        return new AuditCorrelationDataProvider();
    }

    /**
     * Tracking processors, one thread and one segment each (one node needs no more). Not Axon's pooled processors:
     * on a store whose event streams cannot call back when an event arrives (the embedded event store's cannot),
     * a pooled processor looks for new events every 500 ms, so a live page would follow a meeting half a second
     * late; a tracking processor waits on the stream and handles an event as soon as it is committed. A handler that
     * fails stops its processor on that event, retried with back-off ({@link StopOnHandlerFailure}).
     */
    @Bean
    public ConfigurerModule trackingProcessorsWithOneSegment() {
        return configurer -> configurer.eventProcessing()
                                       .registerDefaultListenerInvocationErrorHandler(configuration -> new StopOnHandlerFailure())
                                       .usingTrackingEventProcessors()
                                       .registerTrackingEventProcessorConfiguration(
                                               configuration -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                                                                                   .andInitialSegmentsCount(1));
    }
}
