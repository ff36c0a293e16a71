package fr.entente.web.decision;

import fr.entente.decision.api.DecisionRefusal;
import fr.entente.decision.api.DecisionRefusedException;
import fr.entente.infra.audit.Actor;
import fr.entente.web.application.PersonCommands;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.springframework.stereotype.Component;

/**
 * Sends a decision command as the signed-in person, or as an actor of the hub's choosing (the deadline watcher, a
 * signed link's voter). A decision that does not exist, or an identifier of something else, is said exactly as a
 * decision the person may not see: {@link DecisionRefusal#NOT_FOUND}.
 */
@Component
class DecisionCommands {

    private final PersonCommands commands;

    DecisionCommands(PersonCommands commands) {
        this.commands = commands;
    }

    <R> R send(String cooperationId, Object command) {
        return translated(() -> commands.send(cooperationId, command));
    }

    <R> R sendAs(Actor actor, Object command) {
        return translated(() -> commands.sendAs(actor, command));
    }

    private static <R> R translated(java.util.function.Supplier<R> sending) {
        try {
            return sending.get();
        } catch (AggregateNotFoundException | IncompatibleAggregateException unknown) {
            throw DecisionRefusedException.refused(DecisionRefusal.NOT_FOUND);
        } catch (AggregateStreamCreationException taken) {
            throw DecisionRefusedException.refused(DecisionRefusal.ALREADY_EXISTS);
        }
    }
}
