package fr.entente.document.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.MongoDatabase;
import fr.entente.document.api.*;
import fr.entente.forum.api.SpaceRole;
import fr.entente.forum.api.SpaceRoster;
import fr.entente.live.query.LiveTopics;
import fr.entente.live.query.LiveUpdate;
import fr.entente.live.query.LiveUpdateJournal;
import fr.entente.testing.TestMongo;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documents' read model without Spring: folders and documents as the pages list them, the access each person has
 * in a folder (the rule the command handlers ask), and the live update of each folder whose list changed.
 */
class DocumentsProjectionTest {

    private static final String HDF = "hauts-de-france";
    private static final String BZH = "bretagne";
    private static final String SPACE = "espace-hauts-de-france-gt";
    private static final String OFFICER = "person-officer";
    private static final String R62 = "person-referent-62";
    private static final String R80 = "person-referent-80";
    private static final String DRAFTS = "dossier-brouillons";
    private static final String INSIDE = "dossier-interne";
    private static final StoredFile FILE = new StoredFile("65f0000000000000000000a1", "Synthèse.pdf", 1200,
                                                          "application/pdf", "a".repeat(64));
    private static final Instant AT = Instant.parse("2026-06-01T08:00:00Z");

    @RegisterExtension
    static final TestMongo.PerClass mongo = new TestMongo.PerClass();

    private static final String COMMITTEE = "espace-hauts-de-france-ct";
    private static final String DIRECTOR = "person-director-02";

    private static final SpaceRoster ROSTER = (cooperationId, spaceId, personId) -> !HDF.equals(cooperationId)
            ? Optional.empty()
            : SPACE.equals(spaceId) ? Optional.ofNullable(Map.of(OFFICER, SpaceRole.MODERATOR, R62, SpaceRole.MEMBER,
                                                                 R80, SpaceRole.MEMBER).get(personId))
            : COMMITTEE.equals(spaceId) && DIRECTOR.equals(personId) ? Optional.of(SpaceRole.MEMBER)
            : Optional.empty();

    private final List<LiveUpdate> published = new CopyOnWriteArrayList<>();
    private DocumentsProjection projection;
    private DocumentAccessFromReadModels access;
    private AnnotationEventHandlerAdapter handler;
    private long position;

    @BeforeEach
    void emptyDatabase() {
        MongoDatabase database = mongo.freshDatabase();
        JacksonSerializer serializer = JacksonSerializer.builder()
                .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule())
                                                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS))
                .build();
        LiveUpdateJournal journal = new LiveUpdateJournal(database, SimpleQueryBus.builder().build().queryUpdateEmitter(),
                                                          serializer, event -> published.add((LiveUpdate) event));
        DocumentStore store = new DocumentStore(database, serializer);
        projection = new DocumentsProjection(store, journal);
        access = new DocumentAccessFromReadModels(store, ROSTER);
        handler = new AnnotationEventHandlerAdapter(projection);
        feed(new FolderCreatedEvent(DRAFTS, HDF, SPACE, null, "Brouillons", OFFICER),
             new FolderRightsChangedEvent(DRAFTS, HDF, SPACE, FolderRights.restrictedTo(List.of(R62)), OFFICER),
             new FolderCreatedEvent(INSIDE, HDF, SPACE, DRAFTS, "Interne", R62));
    }

    @Test
    void aSubfolderOfARestrictedFolderIsClosedToOthers() {
        assertThat(access.of(HDF, SPACE, INSIDE, R62)).isEqualTo(FolderAccess.WRITE);
        assertThat(access.of(HDF, SPACE, INSIDE, R80)).isEqualTo(FolderAccess.NONE);
        assertThat(access.of(HDF, SPACE, INSIDE, OFFICER)).isEqualTo(FolderAccess.MANAGE);
        assertThat(access.of(HDF, SPACE, null, R80)).isEqualTo(FolderAccess.WRITE);
    }

    @Test
    void aFolderOpenedToTheCommitteesSpaceIsReadByItsPeopleAndItsSubfoldersToo() {
        assertThat(access.of(HDF, SPACE, DRAFTS, DIRECTOR)).isEqualTo(FolderAccess.NONE);
        feed(new FolderReadingGrantedEvent(DRAFTS, HDF, SPACE, COMMITTEE, OFFICER));
        assertThat(access.of(HDF, SPACE, DRAFTS, DIRECTOR)).isEqualTo(FolderAccess.READ);
        assertThat(access.of(HDF, SPACE, INSIDE, DIRECTOR)).isEqualTo(FolderAccess.READ);
        assertThat(access.of(HDF, SPACE, null, DIRECTOR)).as("the space's root stays closed").isEqualTo(FolderAccess.NONE);
        assertThat(access.of(HDF, SPACE, DRAFTS, R80)).as("the folder's own restriction still holds in the space")
                                                      .isEqualTo(FolderAccess.NONE);
        assertThat(access.of(BZH, SPACE, DRAFTS, DIRECTOR)).isEqualTo(FolderAccess.NONE);
    }

    @Test
    void aFolderIsNeverReachedThroughAnotherCooperationOrSpace() {
        assertThat(access.of(BZH, SPACE, DRAFTS, R62)).isEqualTo(FolderAccess.NONE);
        assertThat(access.of(HDF, "espace-autre", DRAFTS, R62)).isEqualTo(FolderAccess.NONE);
        assertThat(access.of(HDF, SPACE, "dossier-inconnu", OFFICER)).isEqualTo(FolderAccess.NONE);
    }

    @Test
    void anUploadIsListedInItsFolderWithItsFirstVersionAndToldToThatFolder() {
        feed(new DocumentUploadedEvent("doc-1", HDF, SPACE, DRAFTS, FILE, R62));

        List<DocumentView> listed = projection.handle(new FindFolderDocumentsQuery(HDF, SPACE, DRAFTS, false));
        assertThat(listed).extracting(DocumentView::name).containsExactly("Synthèse.pdf");
        assertThat(listed.get(0).current().file()).isEqualTo(FILE);
        assertThat(listed.get(0).current().uploadedAt()).isEqualTo(AT.plusSeconds(position));
        assertThat(topics()).last().isEqualTo(LiveTopics.documentFolder(HDF, SPACE, DRAFTS));
    }

    @Test
    void versionsFollowOneAnotherAndDownloadsAreKept() {
        StoredFile second = new StoredFile("65f0000000000000000000a2", "Synthèse v2.pdf", 1300, "application/pdf",
                                           "b".repeat(64));
        feed(new DocumentUploadedEvent("doc-1", HDF, SPACE, null, FILE, R62),
             new DocumentVersionUploadedEvent("doc-1", 2, second, R80),
             new DocumentDownloadedEvent("doc-1", 1, OFFICER));

        DocumentView document = projection.handle(new FindDocumentQuery("doc-1")).orElseThrow();
        assertThat(document.versions()).extracting(VersionView::version).containsExactly(1, 2);
        assertThat(document.current().uploadedBy()).isEqualTo(R80);
        assertThat(document.downloads()).extracting(DownloadView::personId).containsExactly(OFFICER);
    }

    @Test
    void aMoveTellsBothFoldersAndATrashedDocumentLeavesTheList() {
        feed(new DocumentUploadedEvent("doc-1", HDF, SPACE, null, FILE, R62));
        published.clear();

        feed(new DocumentMovedEvent("doc-1", null, DRAFTS, R62));
        assertThat(topics()).contains(LiveTopics.documentFolder(HDF, SPACE, null), LiveTopics.documentFolder(HDF, SPACE, DRAFTS));
        assertThat(projection.handle(new FindFolderDocumentsQuery(HDF, SPACE, null, false))).isEmpty();

        feed(new DocumentTrashedEvent("doc-1", R62));
        assertThat(projection.handle(new FindFolderDocumentsQuery(HDF, SPACE, DRAFTS, false))).isEmpty();
        assertThat(projection.handle(new FindFolderDocumentsQuery(HDF, SPACE, DRAFTS, true))).hasSize(1);
    }

    @Test
    void readersAreShownOpenedOrNotAndTheirRemindersFallDueOnce() {
        feed(new DocumentUploadedEvent("doc-1", HDF, SPACE, null, FILE, OFFICER),
             new DocumentDownloadedEvent("doc-1", 1, R62),
             new DocumentReadingRequestedEvent("doc-1", List.of(R62, R80), 2, OFFICER));
        Instant requestedAt = AT.plusSeconds(position);
        Instant due = requestedAt.plusSeconds(2 * 3600);
        assertThat(projection.handle(new FindDocumentsWithRemindersDueQuery(due.minusSeconds(1)))).isEmpty();

        feed(new DocumentDownloadedEvent("doc-1", 1, R62));
        DocumentView document = projection.handle(new FindDocumentQuery("doc-1")).orElseThrow();
        assertThat(document.readers()).extracting(ReaderView::personId).containsExactly(R62, R80);
        assertThat(document.reader(R62).orElseThrow().openedAt()).as("a download before the request is no receipt")
                                                                 .isEqualTo(AT.plusSeconds(position));
        assertThat(document.reader(R80).orElseThrow().opened()).isFalse();
        assertThat(document.reader(R80).orElseThrow().remindAt()).isEqualTo(due);
        assertThat(projection.handle(new FindDocumentsWithRemindersDueQuery(due))).extracting(DocumentView::documentId)
                                                                                 .containsExactly("doc-1");

        feed(new DocumentReaderRemindedEvent("doc-1", R80));
        assertThat(projection.handle(new FindDocumentQuery("doc-1")).orElseThrow().reader(R80).orElseThrow().remindedAt())
                .isNotNull();
        assertThat(projection.handle(new FindDocumentsWithRemindersDueQuery(due.plusSeconds(3600)))).isEmpty();
    }

    @Test
    void aMovedFolderTakesItsNewParentsRightsAndTellsBothParents() {
        feed(new FolderCreatedEvent("dossier-public", HDF, SPACE, null, "Public", OFFICER));
        assertThat(access.of(HDF, SPACE, "dossier-public", R80)).isEqualTo(FolderAccess.WRITE);
        published.clear();

        feed(new FolderMovedEvent("dossier-public", null, DRAFTS, OFFICER),
             new FolderRenamedEvent("dossier-public", "Interne bis", OFFICER));

        assertThat(access.of(HDF, SPACE, "dossier-public", R80)).as("now under a folder restricted to 62")
                                                               .isEqualTo(FolderAccess.NONE);
        assertThat(access.pathUp(HDF, SPACE, "dossier-public")).containsExactly("dossier-public", DRAFTS);
        assertThat(access.pathUp(BZH, SPACE, "dossier-public")).isEmpty();
        assertThat(projection.handle(new FindFolderQuery("dossier-public")).orElseThrow().name()).isEqualTo("Interne bis");
        assertThat(topics()).contains(LiveTopics.documentFolder(HDF, SPACE, null), LiveTopics.documentFolder(HDF, SPACE, DRAFTS));
    }

    @Test
    void documentsTrashedOrLockedLongEnoughAreFoundAndAPurgedOneLeavesTheTrash() {
        feed(new DocumentUploadedEvent("doc-1", HDF, SPACE, null, FILE, R62),
             new DocumentUploadedEvent("doc-2", HDF, SPACE, null, FILE, R62),
             new DocumentTrashedEvent("doc-1", R62),
             new DocumentLockedEvent("doc-2", R80));
        Instant trashedAt = AT.plusSeconds(position - 1);
        Instant lockedAt = AT.plusSeconds(position);

        assertThat(projection.handle(new FindDocumentsToPurgeQuery(trashedAt.minusSeconds(1)))).isEmpty();
        assertThat(projection.handle(new FindDocumentsToPurgeQuery(trashedAt))).extracting(DocumentView::documentId)
                                                                              .containsExactly("doc-1");
        assertThat(projection.handle(new FindExpiredLocksQuery(lockedAt))).extracting(DocumentView::documentId)
                                                                         .containsExactly("doc-2");

        feed(new DocumentPurgedEvent("doc-1", List.of(FILE.fileId())),
             new DocumentLockExpiredEvent("doc-2", R80));
        assertThat(projection.handle(new FindDocumentsToPurgeQuery(trashedAt.plusSeconds(3600)))).isEmpty();
        assertThat(projection.handle(new FindFolderDocumentsQuery(HDF, SPACE, null, true))).isEmpty();
        assertThat(projection.handle(new FindDocumentQuery("doc-1")).orElseThrow().purged()).isTrue();
        assertThat(projection.handle(new FindExpiredLocksQuery(lockedAt.plusSeconds(3600)))).isEmpty();
        assertThat(projection.handle(new FindDocumentQuery("doc-2")).orElseThrow().lockedBy()).isNull();
    }

    @Test
    void anEventDeliveredAgainChangesNothing() {
        GenericEventMessage<?> upload = message(new DocumentUploadedEvent("doc-1", HDF, SPACE, null, FILE, R62));
        GenericEventMessage<?> version = message(new DocumentVersionUploadedEvent("doc-1", 2, FILE, R80));
        deliver(upload);
        deliver(version);
        deliver(version);

        assertThat(projection.handle(new FindDocumentQuery("doc-1")).orElseThrow().versions()).hasSize(2);
    }

    private List<String> topics() {
        return published.stream().map(LiveUpdate::topic).toList();
    }

    private void feed(Object... events) {
        for (Object event : events) {
            deliver(message(event));
        }
    }

    private GenericEventMessage<?> message(Object event) {
        position++;
        return new GenericEventMessage<>(UUID.randomUUID().toString(), event,
                                         Map.of("globalSequence", position, "actorId", "system"), AT.plusSeconds(position));
    }

    private void deliver(GenericEventMessage<?> message) {
        try {
            handler.handle(message);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
