package fr.entente.web.document;

import fr.entente.document.query.DocumentSearchIndex;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

/**
 * The documents' search index is each node's own, as the forum's ({@code ForumSearchConfiguration}): its processor's
 * token is kept in memory and starts from the position the index recorded in its last commit.
 */
@Configuration
public class DocumentSearchConfiguration {

    @Bean
    ConfigurerModule documentSearchTracksOnEachNode(DocumentSearchIndex index) {
        return configurer -> configurer.eventProcessing()
                .registerTokenStore(DocumentSearchIndex.PROCESSING_GROUP, configuration -> new InMemoryTokenStore())
                .registerTrackingEventProcessorConfiguration(DocumentSearchIndex.PROCESSING_GROUP, configuration ->
                        TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andInitialSegmentsCount(1)
                                .andInitialTrackingToken(source -> index.position() < 0 ? source.createTailToken()
                                        : GapAwareTrackingToken.newInstance(index.position(), Set.of())));
    }
}
