package fr.entente.document.api;

import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * A document in the trash for 30 days was purged: the stored files of its versions (their GridFS ids) are deleted and it
 * can no longer be restored. Its earlier events stay in the log.
 */
@Revision("1")
public record DocumentPurgedEvent(String documentId, List<String> fileIds) {

    public DocumentPurgedEvent {
        fileIds = fileIds == null ? List.of() : List.copyOf(fileIds);
    }
}
