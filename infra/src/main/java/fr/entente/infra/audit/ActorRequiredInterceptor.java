package fr.entente.infra.audit;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;

import java.util.List;
import java.util.function.BiFunction;

/**
 * Refuses, at dispatch, any command that does not say who acts, for which organisation, in which cooperation, so
 * that no event can reach the log without its author.
 */
public class ActorRequiredInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            for (String key : AuditMetadata.ACTOR_KEYS) {
                Object value = command.getMetaData().get(key);
                if (!(value instanceof String text) || text.isBlank()) {
                    throw new MissingActorException(command.getCommandName(), key);
                }
            }
            return command;
        };
    }
}
