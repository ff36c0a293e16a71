package fr.entente.web.forum.mail;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The forum's mails at once start at the head of the log: the past is never mailed, on a first start or a replay. */
@Configuration
public class ForumMailConfiguration {

    @Bean
    ConfigurerModule forumMailsStartAtTheHead() {
        return configurer -> configurer.eventProcessing().registerTrackingEventProcessorConfiguration(
                ForumMailsAtOnce.PROCESSING_GROUP,
                configuration -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                                                    .andInitialSegmentsCount(1)
                                                                    .andInitialTrackingToken(StreamableMessageSource::createHeadToken));
    }
}
