package fr.entente.document.query;

import fr.entente.document.api.*;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documents' search index without Spring: names and texts found in French (accents and plurals folded), only in
 * the spaces asked and the cooperation, extracts escaped and marked; a rename, a new version, the trash, a restore and
 * a purge followed; the position kept across a reopening.
 */
class DocumentSearchIndexTest {

    private static final String HDF = "hauts-de-france";
    private static final String SPACE = "espace-gt";
    private static final String OTHER_SPACE = "espace-codir";
    private static final Map<String, String> TEXTS = Map.of(
            "file-1", "Le taux d'absentéisme des agents territoriaux progresse dans les collectivités <b>rurales</b>.",
            "file-2", "Les concours d'attaché : inscriptions et résultats.",
            "file-3", "Tableau des emplois vacants.");

    @TempDir
    Path directory;

    private DocumentSearchIndex index;
    private AnnotationEventHandlerAdapter handler;
    private long position;

    @BeforeEach
    void open() {
        index = new DocumentSearchIndex(directory, file -> TEXTS.getOrDefault(file.fileId(), ""));
        handler = new AnnotationEventHandlerAdapter(index);
    }

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    @Test
    void namesAndTextsAreFoundInFrenchWithinTheSpacesAsked() {
        feed(new DocumentUploadedEvent("doc-1", HDF, SPACE, "dossier", file("file-1", "Synthèse RSU 2025.pdf"), "p"),
             new DocumentUploadedEvent("doc-2", HDF, OTHER_SPACE, null, file("file-2", "Concours.pdf"), "p"),
             new DocumentUploadedEvent("doc-3", "bretagne", SPACE, null, file("file-1", "Synthese bretonne.pdf"), "p"));

        assertThat(ids("absenteisme agent", List.of(SPACE))).containsExactly("doc-1");
        assertThat(ids("syntheses", List.of(SPACE))).containsExactly("doc-1");
        assertThat(ids("concours", List.of(SPACE))).as("a space not asked").isEmpty();
        assertThat(ids("concours", List.of(SPACE, OTHER_SPACE))).containsExactly("doc-2");
        DocumentSearchHit hit = search("rurales", List.of(SPACE)).get(0);
        assertThat(hit.folderId()).isEqualTo("dossier");
        assertThat(hit.extractHtml()).contains("&lt;b&gt;<mark>rurales</mark>&lt;/b&gt;").doesNotContain("<b>");
        assertThat(search("synthese", List.of(SPACE)).get(0).nameHtml()).isEqualTo("<mark>Synthèse</mark> RSU 2025.pdf");
    }

    @Test
    void renamesVersionsTrashRestoreAndPurgeAreFollowed() throws Exception {
        feed(new DocumentUploadedEvent("doc-1", HDF, SPACE, null, file("file-1", "Note.pdf"), "p"),
             new DocumentRenamedEvent("doc-1", "Emplois 2026.pdf", "p"),
             new DocumentVersionUploadedEvent("doc-1", 2, file("file-3", "Note v2.pdf"), "p"));
        assertThat(ids("emplois vacants", List.of(SPACE))).containsExactly("doc-1");
        assertThat(ids("absenteisme", List.of(SPACE))).as("the current version's text only").isEmpty();

        feed(new DocumentTrashedEvent("doc-1", "p"));
        assertThat(ids("emplois", List.of(SPACE))).isEmpty();
        feed(new DocumentRestoredEvent("doc-1", "p"));
        assertThat(ids("emplois", List.of(SPACE))).containsExactly("doc-1");

        long before = index.position();
        index.close();
        index = new DocumentSearchIndex(directory, file -> "");
        handler = new AnnotationEventHandlerAdapter(index);
        assertThat(index.position()).isEqualTo(before);
        feed(new DocumentTrashedEvent("doc-1", "p"), new DocumentPurgedEvent("doc-1", List.of("file-1", "file-3")),
             new DocumentRestoredEvent("doc-1", "p"));
        assertThat(ids("emplois", List.of(SPACE))).isEmpty();
    }

    private static StoredFile file(String fileId, String name) {
        return new StoredFile(fileId, name, 100, "application/pdf", "a".repeat(64));
    }

    private List<String> ids(String text, List<String> spaces) {
        return search(text, spaces).stream().map(DocumentSearchHit::documentId).toList();
    }

    private List<DocumentSearchHit> search(String text, List<String> spaces) {
        return index.handle(new SearchDocumentsQuery(HDF, spaces, text, 10));
    }

    private void feed(Object... events) {
        for (Object event : events) {
            position++;
            try {
                handler.handle(new GenericEventMessage<>(UUID.randomUUID().toString(), event,
                                                         Map.of("globalSequence", position, "actorId", "system"),
                                                         Instant.now()));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
    }
}
