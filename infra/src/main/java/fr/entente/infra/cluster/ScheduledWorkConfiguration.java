package fr.entente.infra.cluster;

import com.mongodb.client.MongoDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The leases that keep scheduled work to one node at a time. */
@Configuration(proxyBeanMethods = false)
public class ScheduledWorkConfiguration {

    @Bean
    public ScheduledWorkLeases scheduledWorkLeases(MongoDatabase database) {
        return new ScheduledWorkLeases(database);
    }
}
