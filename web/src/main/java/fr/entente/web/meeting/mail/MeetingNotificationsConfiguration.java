package fr.entente.web.meeting.mail;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The notifications' processor starts at the head of the log: it mails about what happens from then on, never the past. */
@Configuration
public class MeetingNotificationsConfiguration {

    @Bean
    ConfigurerModule meetingNotificationsStartAtTheHead() {
        return configurer -> configurer.eventProcessing().registerTrackingEventProcessorConfiguration(
                MeetingNotifications.PROCESSING_GROUP,
                configuration -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                                                    .andInitialSegmentsCount(1)
                                                                    .andInitialTrackingToken(StreamableMessageSource::createHeadToken));
    }
}
