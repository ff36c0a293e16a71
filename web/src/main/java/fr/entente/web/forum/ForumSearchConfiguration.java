package fr.entente.web.forum;

import fr.entente.forum.query.ForumSearchIndex;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

/**
 * The search index is each node's own (on its disk), so its processor's token is too: kept in memory, not in the
 * shared token store, and started from the position the index itself recorded in its last commit (from the start of
 * the log for an index that is new or was deleted). Every node thus builds and keeps its own index from the one log.
 */
@Configuration
public class ForumSearchConfiguration {

    @Bean
    ConfigurerModule forumSearchTracksOnEachNode(ForumSearchIndex index) {
        return configurer -> configurer.eventProcessing()
                .registerTokenStore(ForumSearchIndex.PROCESSING_GROUP, configuration -> new InMemoryTokenStore())
                .registerTrackingEventProcessorConfiguration(ForumSearchIndex.PROCESSING_GROUP, configuration ->
                        TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andInitialSegmentsCount(1)
                                .andInitialTrackingToken(source -> index.position() < 0 ? source.createTailToken()
                                        : GapAwareTrackingToken.newInstance(index.position(), Set.of())));
    }
}
