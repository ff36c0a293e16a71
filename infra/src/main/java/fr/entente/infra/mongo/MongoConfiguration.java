package fr.entente.infra.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import com.mongodb.event.CommandListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MongoProperties.class)
public class MongoConfiguration {

    @Bean(destroyMethod = "close")
    public MongoStore mongoStore(MongoProperties properties, ObjectProvider<CommandListener> listeners) {
        return MongoStore.open(properties, listeners.orderedStream().toList());
    }

    /** Closed with the store, after everything that uses it. */
    @Bean(destroyMethod = "")
    public MongoClient mongoClient(MongoStore store) {
        return store.client();
    }

    @Bean
    public MongoDatabase mongoDatabase(MongoStore store) {
        return store.database();
    }
}
