package fr.entente.document.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Sends a document "à lire" to some people of its space (a study's results to the five directors): the sender sees who
 * has opened it and who has not, and those who have not are reminded by mail {@code remindAfterHours} after this.
 */
public record RequestReadingCommand(@TargetAggregateIdentifier String documentId, String cooperationId,
                                    List<String> readerIds, int remindAfterHours) {

    public RequestReadingCommand {
        readerIds = readerIds == null ? List.of() : List.copyOf(readerIds);
    }
}
