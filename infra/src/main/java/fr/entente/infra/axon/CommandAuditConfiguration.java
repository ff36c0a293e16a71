package fr.entente.infra.axon;

import fr.entente.infra.audit.ActorRequiredInterceptor;
import org.axonframework.commandhandling.CommandBus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * Puts the actor check on the command bus. Kept apart from {@link EventStoreConfiguration}, whose beans the command
 * bus itself needs.
 */
@Configuration(proxyBeanMethods = false)
public class CommandAuditConfiguration {

    @Autowired
    public void requireAnActorOnEveryCommand(CommandBus commandBus) {
        commandBus.registerDispatchInterceptor(new ActorRequiredInterceptor());
    }
}
