package fr.entente.web.config;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Aggregates kept in memory between commands, named as the aggregates' {@code @Aggregate(cache = …)} name them.
 * <p>
 * A decision takes its votes one after the other (one aggregate, one lock): reading its stream again for each vote
 * made a hundred centres voting at once wait on each other's reads. The cache holds the aggregate as long as something
 * uses it (weak references: the memory is the JVM's to take back); a command whose commit fails drops it, and the
 * next reads the stream again, so an append refused because another writer went first is never applied on a stale
 * state.
 */
@Configuration(proxyBeanMethods = false)
public class AggregateCachesConfiguration {

    @Bean
    public Cache decisionCache() {
        return new WeakReferenceCache();
    }
}
