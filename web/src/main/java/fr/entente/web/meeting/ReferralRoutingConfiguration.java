package fr.entente.web.meeting;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The referrals' router starts at the head of the log: what was referred before it ran waits in the bodies' lists. */
@Configuration
public class ReferralRoutingConfiguration {

    @Bean
    ConfigurerModule referralRoutingStartsAtTheHead() {
        return configurer -> configurer.eventProcessing().registerTrackingEventProcessorConfiguration(
                ReferralRouting.PROCESSING_GROUP,
                configuration -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                                                    .andInitialSegmentsCount(1)
                                                                    .andInitialTrackingToken(StreamableMessageSource::createHeadToken));
    }
}
