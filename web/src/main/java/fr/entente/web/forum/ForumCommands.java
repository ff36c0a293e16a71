package fr.entente.web.forum;

import fr.entente.forum.api.ForumRefusal;
import fr.entente.forum.api.ForumRefusedException;
import fr.entente.web.application.PersonCommands;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Sends a forum command as the signed-in person ({@link PersonCommands}: 404 if they are not of the cooperation), and
 * says of a space or thread that does not exist, or of an identifier that is another aggregate's, exactly what the
 * aggregate says of one the person may not see: {@link ForumRefusal#NOT_FOUND}.
 */
@Component
class ForumCommands {

    private final PersonCommands commands;

    ForumCommands(PersonCommands commands) {
        this.commands = commands;
    }

    void send(String cooperationId, Object command) {
        try {
            commands.send(cooperationId, command);
        } catch (AggregateNotFoundException | IncompatibleAggregateException unknown) {
            throw ForumRefusedException.refused(ForumRefusal.NOT_FOUND);
        } catch (AggregateStreamCreationException taken) {
            throw ForumRefusedException.refused(ForumRefusal.ALREADY_EXISTS);
        }
    }

    /** An identifier the hub chooses, for a space, a thread or a post: one no client can aim at another cooperation's. */
    static String newId() {
        return UUID.randomUUID().toString();
    }
}
