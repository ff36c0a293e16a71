package fr.entente.infra.cluster;

import com.mongodb.client.MongoDatabase;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/** The leases that keep scheduled work to one node at a time. */
@Configuration(proxyBeanMethods = false)
public class ScheduledWorkConfiguration {

    @Bean
    public ScheduledWorkLeases scheduledWorkLeases(MongoDatabase database,
                                                   @Value("${entente.scheduled-work.lease:30s}") Duration lease) {
        return new ScheduledWorkLeases(database, lease);
    }
}
