package fr.entente.infra.axon;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The gateway every command goes through: Axon's, with one more try for a command that met a newer version of its
 * aggregate ({@link RetryOnStaleAggregate}), which happens when several nodes write the same aggregate.
 */
@Configuration(proxyBeanMethods = false)
public class CommandGatewayConfiguration {

    @Bean
    public CommandGateway commandGateway(CommandBus commandBus) {
        return DefaultCommandGateway.builder().commandBus(commandBus).retryScheduler(new RetryOnStaleAggregate()).build();
    }
}
