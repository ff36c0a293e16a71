package fr.entente.document.query;

import fr.entente.document.api.DocumentMovedEvent;
import fr.entente.document.api.DocumentRenamedEvent;
import fr.entente.document.api.DocumentTrashedEvent;
import fr.entente.document.api.DocumentUploadedEvent;
import fr.entente.document.api.DocumentVersionUploadedEvent;
import fr.entente.document.api.FolderCreatedEvent;
import fr.entente.document.api.FolderRenamedEvent;
import fr.entente.document.api.StoredFile;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A space's folders and documents as they stood, without Spring: the streams of a folder and two documents, handed
 * over in any order, applied in the log's order up to each instant by the projection's own changes.
 */
class FolderHistoryTest {

    private static final String HDF = "hauts-de-france";
    private static final String SPACE = "espace-hdf-gt";
    private static final String FOLDER = "dossier-archives";
    private static final Instant AT = Instant.parse("2026-03-12T13:00:00Z");
    private static final StoredFile FIRST = new StoredFile("65f0000000000000000000b1", "Relevé.txt", 10, "text/plain", "a1");
    private static final StoredFile SECOND = new StoredFile("65f0000000000000000000b2", "Relevé.txt", 12, "text/plain", "b2");

    private final FolderHistory history = new FolderHistory();
    private final List<EventMessage<?>> log = new ArrayList<>();

    @Test
    void eachInstantShowsTheNamesVersionsAndPlacesOfThen() {
        at(1, new FolderCreatedEvent(FOLDER, HDF, SPACE, null, "Archives", "officer"));
        at(2, new DocumentUploadedEvent("releve", HDF, SPACE, FOLDER, FIRST, "referent"));
        at(3, new DocumentUploadedEvent("annexe", HDF, SPACE, FOLDER, FIRST, "referent"));
        at(4, new DocumentVersionUploadedEvent("releve", 2, SECOND, "referent"));
        at(5, new DocumentRenamedEvent("releve", "Relevé définitif.txt", "referent"));
        at(6, new FolderRenamedEvent(FOLDER, "Archives 2026", "referent"));
        at(7, new DocumentMovedEvent("annexe", FOLDER, null, "referent"));
        at(8, new DocumentTrashedEvent("releve", "referent"));
        Collections.reverse(log);

        assertThat(history.asItStood(log, AT).folder(FOLDER)).as("before it was created").isEmpty();
        DocumentSpaceAsItStood three = history.asItStood(log, AT.plusSeconds(3));
        assertThat(three.folder(FOLDER).orElseThrow().name()).isEqualTo("Archives");
        assertThat(three.documents(FOLDER)).extracting(DocumentView::documentId).containsExactly("annexe", "releve");
        assertThat(three.documents(FOLDER).get(1).versions()).hasSize(1);

        DocumentSpaceAsItStood seven = history.asItStood(log, AT.plusSeconds(7));
        assertThat(seven.folder(FOLDER).orElseThrow().name()).isEqualTo("Archives 2026");
        assertThat(seven.documents(FOLDER)).singleElement().satisfies(document -> {
            assertThat(document.name()).isEqualTo("Relevé définitif.txt");
            assertThat(document.current().file()).isEqualTo(SECOND);
        });
        assertThat(seven.documents(null)).extracting(DocumentView::documentId).containsExactly("annexe");
        assertThat(history.asItStood(log, AT.plusSeconds(8)).documents(FOLDER)).as("in the trash").isEmpty();
    }

    private void at(long position, Object event) {
        log.add(new GenericEventMessage<>(UUID.randomUUID().toString(), event,
                                          Map.of("globalSequence", position, "actorId", "system"), AT.plusSeconds(position)));
    }
}
