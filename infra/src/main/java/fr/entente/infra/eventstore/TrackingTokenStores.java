package fr.entente.infra.eventstore;

import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;

import java.time.Duration;

/**
 * The tokens of the event processors, in the Axon Mongo extension's {@link MongoTokenStore}, as JSON strings (its
 * default is binary) so that they read in any MongoDB tool.
 */
public final class TrackingTokenStores {

    public static final String TOKENS = "trackingtokens";

    private TrackingTokenStores() {
    }

    public static TokenStore mongo(MongoDatabase database, Serializer serializer, String nodeId, Duration claimTimeout) {
        return MongoTokenStore.builder()
                              .mongoTemplate(DefaultMongoTemplate.builder()
                                                                 .mongoDatabase(database)
                                                                 .trackingTokensCollectionName(TOKENS)
                                                                 .build())
                              .serializer(serializer)
                              .contentType(String.class)
                              .nodeId(nodeId)
                              .claimTimeout(claimTimeout)
                              .build();
    }
}
