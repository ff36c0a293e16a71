package fr.entente.document.api;

import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * A document was sent "à lire" to these people by this person (when: the event's time); each who has not opened it
 * (downloaded it) {@code remindAfterHours} later is reminded once. Sending it again to someone starts their wait again.
 */
@Revision("1")
public record DocumentReadingRequestedEvent(String documentId, List<String> readerIds, int remindAfterHours,
                                            String requestedBy) {

    public DocumentReadingRequestedEvent {
        readerIds = readerIds == null ? List.of() : List.copyOf(readerIds);
    }
}
