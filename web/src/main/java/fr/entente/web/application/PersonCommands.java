package fr.entente.web.application;

import fr.entente.infra.audit.Actor;
import fr.entente.infra.eventstore.LastAppended;
import fr.entente.web.security.CooperationAccess;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * Sends a command to a cooperation as the signed-in person: as the {@link Actor} their membership says (404 if
 * they have none there), and waits for the outcome. The aggregate decides whether they may. The position of the
 * events the command appended is kept for the request ({@link WrittenPosition}), so that the page answering it
 * waits for the read models to show them.
 */
@Component
public class PersonCommands {

    private final CommandGateway commands;
    private final CooperationAccess access;

    public PersonCommands(CommandGateway commands, CooperationAccess access) {
        this.commands = commands;
        this.access = access;
    }

    /** The command handler's result, or {@code null}. */
    public <R> R send(String cooperationId, Object command) {
        return sendAs(access.actorIn(cooperationId), command);
    }

    public <R> R sendAs(Actor actor, Object command) {
        LastAppended.clear();
        R result = commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(actor.toMetaData()));
        LastAppended.position().ifPresent(WrittenPosition::remember);
        return result;
    }
}
