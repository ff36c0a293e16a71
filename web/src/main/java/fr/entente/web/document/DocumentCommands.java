package fr.entente.web.document;

import fr.entente.document.api.DocumentRefusal;
import fr.entente.document.api.DocumentRefusedException;
import fr.entente.document.query.DocumentsProjection;
import fr.entente.infra.audit.Actor;
import fr.entente.web.application.PersonCommands;
import fr.entente.web.application.ReadModels;
import fr.entente.web.application.WrittenPosition;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Sends a documents command as the signed-in person ({@link PersonCommands}: 404 if they are not of the cooperation),
 * says of a folder or document that does not exist exactly what the aggregate says of one the person may not see
 * ({@link DocumentRefusal#NOT_FOUND}), and waits for the documents' read model to show the change, so that the
 * answer's next read sees it.
 */
@Component
class DocumentCommands {

    private final PersonCommands commands;
    private final ReadModels readModels;

    DocumentCommands(PersonCommands commands, ReadModels readModels) {
        this.commands = commands;
        this.readModels = readModels;
    }

    void send(String cooperationId, Object command) {
        send(() -> commands.send(cooperationId, command));
    }

    /** The command sent as the hub itself (a reminder), not as a signed-in person. */
    void sendAsHub(String cooperationId, Object command) {
        send(() -> commands.sendAs(Actor.system(cooperationId), command));
    }

    private void send(Runnable sending) {
        try {
            sending.run();
        } catch (AggregateNotFoundException | IncompatibleAggregateException unknown) {
            throw DocumentRefusedException.refused(DocumentRefusal.NOT_FOUND);
        } catch (AggregateStreamCreationException taken) {
            throw DocumentRefusedException.refused(DocumentRefusal.ALREADY_EXISTS);
        }
        WrittenPosition.ofThisRequest().ifPresent(position -> readModels.awaitProcessed(
                position, DocumentsProjection.PROCESSING_GROUP));
    }

    /** An identifier the hub chooses, for a folder or a document: one no client can aim at another cooperation's. */
    static String newId() {
        return UUID.randomUUID().toString();
    }
}
