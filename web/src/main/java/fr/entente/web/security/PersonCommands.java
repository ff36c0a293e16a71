package fr.entente.web.security;

import fr.entente.infra.audit.Actor;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * Sends a command to a cooperation as the signed-in person: as the {@link Actor} their membership says (404 if
 * they have none there), and waits for the outcome. The aggregate decides whether they may.
 */
@Component
public class PersonCommands {

    private final CommandGateway commands;
    private final CooperationAccess access;

    public PersonCommands(CommandGateway commands, CooperationAccess access) {
        this.commands = commands;
        this.access = access;
    }

    /** The command handler's result: the event of what it created, or {@code null}. */
    public <R> R send(String cooperationId, Object command) {
        return sendAs(access.actorIn(cooperationId), command);
    }

    public <R> R sendAs(Actor actor, Object command) {
        return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(actor.toMetaData()));
    }
}
