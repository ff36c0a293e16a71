package fr.entente.web.decision.mail;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The arbitration mails start at the head of the log: a new installation never mails about past decisions. */
@Configuration
public class ArbitrationMailsConfiguration {

    @Bean
    ConfigurerModule arbitrationMailsStartAtTheHead() {
        return configurer -> configurer.eventProcessing().registerTrackingEventProcessorConfiguration(
                ArbitrationMails.PROCESSING_GROUP,
                configuration -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                                                    .andInitialSegmentsCount(1)
                                                                    .andInitialTrackingToken(StreamableMessageSource::createHeadToken));
    }
}
