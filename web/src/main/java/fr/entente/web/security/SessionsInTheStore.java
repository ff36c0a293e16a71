package fr.entente.web.security;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Sessions kept in the store ({@code entente.sessions.kept-in=store}) rather than in the node's memory, so that
 * several nodes behind one address share them and nobody is signed out when a node dies or restarts (issue 17).
 * Spring Session's MongoDB module keeps them, configured by Spring Boot (cookie, time-out, collection) once it finds
 * this template; the template writes to the hub's own database, through the hub's own client.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "entente.sessions.kept-in", havingValue = "store")
public class SessionsInTheStore {

    @Bean
    public MongoOperations sessionStore(MongoClient client, MongoDatabase database) {
        return new MongoTemplate(client, database.getName());
    }
}
