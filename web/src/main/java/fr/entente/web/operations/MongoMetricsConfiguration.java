package fr.entente.web.operations;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.mongodb.MongoMetricsCommandListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Times every command the hub sends to its store ({@code mongodb_driver_commands_seconds}, by command and collection,
 * in {@code /actuator/prometheus}): what the operators watch, and how the live meeting benchmark counts the reads a
 * change costs.
 */
@Configuration(proxyBeanMethods = false)
class MongoMetricsConfiguration {

    @Bean
    MongoMetricsCommandListener mongoMetricsCommandListener(MeterRegistry registry) {
        return new MongoMetricsCommandListener(registry);
    }
}
