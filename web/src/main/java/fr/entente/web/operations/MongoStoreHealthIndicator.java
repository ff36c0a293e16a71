package fr.entente.web.operations;

import fr.entente.infra.mongo.MongoStore;
import org.bson.Document;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/** The MongoDB the hub runs on answers (a ping), and where it is: embedded with its data directory, or remote. */
@Component("mongo")
public class MongoStoreHealthIndicator extends AbstractHealthIndicator {

    private final MongoStore store;

    MongoStoreHealthIndicator(MongoStore store) {
        super("MongoDB health check failed");
        this.store = store;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        store.database().runCommand(new Document("ping", 1));
        builder.up().withDetail("store", store.description()).withDetail("embedded", store.isEmbedded());
    }
}
