package fr.entente.web.document;

import com.mongodb.client.MongoDatabase;
import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.MovableClock;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static fr.entente.web.document.DocumentCorner.*;
import static fr.entente.web.testing.ApiWorld.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trash's 30 days and the locks' 24 hours, on a hub of its own whose clock the test moves and whose housekeeping
 * runs every second: a document 29 days in the trash keeps its bytes; after 30 its versions' files and chunks are gone
 * from GridFS, it leaves the trash and cannot be restored, and the log keeps its events; a restored document keeps its
 * bytes; a lock forgotten for a day is released and recorded; a purge whose file deletion fails is tried again at
 * each turn, the health saying so once it failed three times, until the store deletes the bytes; a refused version's
 * file kept for a retry is deleted after 24 hours.
 */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class DocumentHousekeepingTest {

    private static final MovableClock CLOCK = new MovableClock();
    /** While set, every deletion of a stored file fails as a lost connection would; then GridFS deletes for real. */
    private static final java.util.concurrent.atomic.AtomicBoolean DELETIONS_FAIL = new java.util.concurrent.atomic.AtomicBoolean();

    private static ApiWorld world;
    private static ApiClient referent;

    @BeforeAll
    static void start() {
        world = ApiWorld.startWith(List.of("--entente.documents.housekeeping.first-check=PT1S",
                                           "--entente.documents.housekeeping.every=PT1S"),
                                   context -> {
                                       context.registerBean("documentsClock", Clock.class, () -> CLOCK);
                                       context.registerBean("failingThenRealDeletion", StoredFileDeletion.class,
                                                            () -> fileId -> {
                                           if (DELETIONS_FAIL.get()) {
                                               throw new com.mongodb.MongoSocketReadException(
                                                       "Prematurely reached end of stream (test)",
                                                       new com.mongodb.ServerAddress());
                                           }
                                           context.getBean(DocumentFiles.class).forget(fileId);
                                       });
                                   });
        DocumentCorner.seat(world);
        referent = world.signedIn(REFERENT_A);
    }

    @AfterAll
    static void stop() {
        world.close();
    }

    @Test
    @org.junit.jupiter.api.Order(2)
    void afterThirtyDaysInTheTrashTheBytesArePurgedAndTheEventsStay() throws Exception {
        byte[] first = new byte[300_000];
        first[0] = 'a';
        byte[] second = new byte[300_000];
        second[0] = 'b';
        var upload = uploaded(referent, null, "Ancien rapport.bin", first);
        String documentId = upload.path("documentId").asText();
        String document = D + "/documents/" + documentId;
        assertThat(referent.multipart(document + "/versions", java.util.Map.of("basedOnVersion", "1"), "v2.bin", second)
                           .status()).isEqualTo(201);
        var kept = uploaded(referent, null, "Gardé.bin", first);
        List<String> fileIds = new java.util.ArrayList<>();
        referent.get(document).json().path("versions").forEach(version -> fileIds.add(version.path("fileId").asText()));
        assertThat(fileIds).hasSize(2);
        assertThat(referent.put(document + "/trashed", "{\"trashed\":true}").status()).isEqualTo(204);
        assertThat(referent.put(D + "/documents/" + kept.path("documentId").asText() + "/trashed", "{\"trashed\":true}")
                           .status()).isEqualTo(204);
        assertThat(referent.put(D + "/documents/" + kept.path("documentId").asText() + "/trashed", "{\"trashed\":false}")
                           .status()).isEqualTo(204);

        CLOCK.moveTo(java.time.Instant.now().plus(Duration.ofDays(29)));
        Thread.sleep(2_500);
        assertThat(chunksOf(fileIds)).as("29 days: still restorable").isPositive();
        assertThat(names(referent.get(D + "?trash=true").json())).contains("Ancien rapport.bin");

        CLOCK.moveTo(java.time.Instant.now().plus(Duration.ofDays(30).plusMinutes(1)));
        eventually(() -> Optional.of(chunksOf(fileIds)).filter(count -> count == 0));
        assertThat(filesOf(fileIds)).isZero();
        eventually(() -> Optional.of(names(referent.get(D + "?trash=true").json()))
                                 .filter(names -> !names.contains("Ancien rapport.bin")));
        var problem = referent.put(document + "/trashed", "{\"trashed\":false}");
        assertThat(problem.status()).as(problem.toString()).isEqualTo(409);
        assertThat(problem.json().path("code").asText()).isEqualTo("document.purged");
        assertThat(world.bean(MongoDatabase.class).getCollection("events")
                        .countDocuments(new Document("aggregateIdentifier", documentId)))
                .as("the events stay, the purge added").isGreaterThanOrEqualTo(4);
        assertThat(referent.getBytes(D + "/documents/" + kept.path("documentId").asText() + "/content", java.util.Map.of())
                           .body()).as("a restored document keeps its bytes").isEqualTo(first);
    }

    @Test
    @org.junit.jupiter.api.Order(1)
    void aLockForgottenForADayIsReleased() {
        // first (the purge moves the clock 30 days on, past any lock taken after): a lock is taken at the log's time
        String documentId = uploaded(referent, null, "Verrouillé.pdf", PDF).path("documentId").asText();
        String document = D + "/documents/" + documentId;
        assertThat(referent.put(document + "/locked", "{\"locked\":true}").status()).isEqualTo(204);
        ApiClient other = world.signedIn(REFERENT_B);
        assertThat(other.put(document + "/name", "{\"name\":\"Autre.pdf\"}").status()).isEqualTo(409);

        CLOCK.moveTo(java.time.Instant.now().plus(Duration.ofHours(25)));
        eventually(() -> Optional.of(referent.get(document).json()).filter(found -> found.path("lock").isNull() || found.path("lock").isMissingNode()));
        assertThat(other.put(document + "/name", "{\"name\":\"Autre.pdf\"}").status()).isEqualTo(204);
    }

    @Test
    @org.junit.jupiter.api.Order(3)
    void aPurgeWhoseFileDeletionFailsIsRetriedAtEachTurnAndTheHealthSaysSoMeanwhile() {
        byte[] bytes = new byte[400_000];
        bytes[0] = 'c';
        String documentId = uploaded(referent, null, "Suppression récalcitrante.bin", bytes).path("documentId").asText();
        String document = D + "/documents/" + documentId;
        List<String> fileIds = new java.util.ArrayList<>();
        referent.get(document).json().path("versions").forEach(version -> fileIds.add(version.path("fileId").asText()));
        assertThat(referent.put(document + "/trashed", "{\"trashed\":true}").status()).isEqualTo(204);
        ApiClient administrator = world.signedIn(ApiWorld.ADMIN_HDF);

        DELETIONS_FAIL.set(true);
        try {
            CLOCK.moveTo(java.time.Instant.now().plus(Duration.ofDays(30).plusMinutes(10)));
            eventually(() -> Optional.of(world.bean(MongoDatabase.class).getCollection("events")
                                              .countDocuments(new Document("aggregateIdentifier", documentId)
                                                                      .append("payloadType", "fr.entente.document.api.DocumentPurgedEvent")))
                                     .filter(count -> count == 1));
            String health = eventually(() -> Optional.of(administrator.get("/actuator/health").body())
                                                     .filter(body -> body.contains("\"WARNING\"")));
            assertThat(health).as("the hub stays in service").startsWith("{\"status\":\"UP\"")
                              .contains("storedFileDeletions", fileIds.get(0), documentId, "end of stream");
            assertThat(chunksOf(fileIds)).as("the bytes are still stored while the deletion fails").isPositive();
        } finally {
            DELETIONS_FAIL.set(false);
        }

        eventually(() -> Optional.of(chunksOf(fileIds)).filter(count -> count == 0));
        assertThat(filesOf(fileIds)).isZero();
        String health = eventually(() -> Optional.of(administrator.get("/actuator/health").body())
                                                 .filter(body -> !body.contains("\"WARNING\"")));
        assertThat(health).contains("storedFileDeletions");
        assertThat(world.bean(DocumentFileDeletions.class).waiting()).isZero();
    }

    @Test
    @org.junit.jupiter.api.Order(4)
    void aRefusedVersionsKeptFileIsDeletedOnceItsKeepingEnds() {
        String documentId = uploaded(referent, null, "Gardée un jour.txt", "v1".getBytes()).path("documentId").asText();
        String document = D + "/documents/" + documentId;
        // a conflict rather than a lock: the clock moved 30 days on, and a lock taken now would expire at once
        assertThat(world.signedIn(REFERENT_B).multipart(document + "/versions", java.util.Map.of("basedOnVersion", "1"),
                                                        "v2.txt", "v2 de B".getBytes()).status()).isEqualTo(201);
        var refused = referent.multipart(document + "/versions", java.util.Map.of("basedOnVersion", "1"), "v2.txt",
                                         "v2 refusée".getBytes());
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        String keptFileId = refused.json().path("keptFileId").asText();
        assertThat(chunksOf(List.of(keptFileId))).isEqualTo(1);

        CLOCK.advance(Duration.ofHours(23));
        assertThat(world.bean(DocumentFileDeletions.class).waiting()).as("kept for 24 hours").isEqualTo(1);
        CLOCK.advance(Duration.ofHours(2));
        eventually(() -> Optional.of(chunksOf(List.of(keptFileId))).filter(count -> count == 0));
        assertThat(filesOf(List.of(keptFileId))).isZero();
        var gone = referent.post(document + "/versions/from-kept-file",
                                 "{\"keptFileId\":\"" + keptFileId + "\",\"basedOnVersion\":1}");
        assertThat(gone.status()).as(gone.toString()).isEqualTo(404);
        assertThat(gone.json().path("code").asText()).isEqualTo("document.kept-file-gone");
    }

    private static List<String> names(com.fasterxml.jackson.databind.JsonNode listing) {
        List<String> names = new java.util.ArrayList<>();
        listing.path("documents").forEach(line -> names.add(line.path("name").asText()));
        return names;
    }

    private static long chunksOf(List<String> fileIds) {
        return world.bean(MongoDatabase.class).getCollection(DocumentFiles.BUCKET + ".chunks")
                    .countDocuments(new Document("files_id", new Document("$in", fileIds.stream().map(ObjectId::new).toList())));
    }

    private static long filesOf(List<String> fileIds) {
        return world.bean(MongoDatabase.class).getCollection(DocumentFiles.BUCKET + ".files")
                    .countDocuments(new Document("_id", new Document("$in", fileIds.stream().map(ObjectId::new).toList())));
    }
}
