package fr.entente.web.operations;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import fr.entente.common.query.RebuildableReadModel;
import fr.entente.infra.eventstore.MongoEventStorageEngine;
import fr.entente.web.decision.CommitteeAtWork;
import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ApiClient.Response;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.SharedApiWorld;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static fr.entente.web.testing.ApiWorld.ADMIN_HDF;
import static fr.entente.web.testing.ApiWorld.MEMBER_HDF;
import static fr.entente.web.testing.ApiWorld.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decisions' read model rebuilt while the hub runs and the technical committee keeps opening decisions and voting:
 * the pages and the API keep answering from the old collection meanwhile, the hub switches to the fresh collection once
 * it has caught up, drops the old one, and the result equals a rebuild from scratch of the whole log. For the people who
 * administer a cooperation only.
 */
@ExtendWith(SharedApiWorld.class)
class ReadModelRebuildTest {

    private static final String READ_MODELS = "/api/operations/read-models";

    @Test
    void theDecisionsAreRebuiltUnderLoadAndSwitchedToOnceCaughtUp(ApiWorld world) throws Exception {
        ApiClient admin = world.signedIn(ADMIN_HDF);
        String before = admin.get(READ_MODELS + "/decisions").json().path("collection").asText();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger reads = new AtomicInteger();
        List<String> failedReads = java.util.Collections.synchronizedList(new ArrayList<>());
        try (CommitteeAtWork committee = CommitteeAtWork.start(world)) {
            committee.awaitSomeDecisions(3);
            Thread reader = new Thread(() -> {
                while (!stop.get()) {
                    for (String path : committee.pathsToRead()) {
                        Response response = path.startsWith("/api") ? committee.reader().get(path)
                                                                    : committee.reader().getPage(path);
                        reads.incrementAndGet();
                        if (response.status() != 200) {
                            failedReads.add(path + " " + response.status());
                        }
                    }
                }
            });
            reader.start();

            Response started = admin.post(READ_MODELS + "/decisions/rebuild", "");
            assertThat(started.status()).as(started.toString()).isEqualTo(202);
            assertThat(started.location()).endsWith(READ_MODELS + "/decisions");
            assertThat(started.json().path("state").asText()).isEqualTo("RUNNING");
            JsonNode switched = eventually(() -> Optional.of(admin.get(READ_MODELS + "/decisions").json())
                                                         .filter(model -> model.path("rebuild").path("state").asText().equals("SWITCHED")));
            committee.awaitSomeDecisions(committee.opened() + 2);
            stop.set(true);
            reader.join();
            committee.stop();

            String rebuilt = switched.path("collection").asText();
            assertThat(rebuilt).startsWith("decisions_").isNotEqualTo(before);
            assertThat(switched.path("rebuild").path("collection").asText()).isEqualTo(rebuilt);
            assertThat(switched.path("rebuild").path("position").asLong()).isPositive();
            assertThat(reads.get()).as("reads during the rebuild").isPositive();
            assertThat(failedReads).as("reads that failed during the rebuild").isEmpty();
            MongoDatabase database = world.bean(MongoDatabase.class);
            assertThat(database.listCollectionNames().into(new ArrayList<>())).as("the old collection is dropped")
                                                                             .contains(rebuilt).doesNotContain(before);

            // decisions opened and voted after the switch land in the rebuilt collection, through the API
            committee.checkLastDecisionShown();
            awaitDecisionsProcessorAtHead(world);
            assertThat(documents(database, rebuilt)).as("the rebuilt read model, against a rebuild from scratch")
                                                    .isEqualTo(documents(database, fromScratch(world, database, "decisions")));
        } finally {
            stop.set(true);
        }

        Response malformed = admin.post(READ_MODELS + "/nothing-of-the-kind/rebuild", "");
        assertThat(malformed.status()).isEqualTo(404);
        assertThat(malformed.json().path("code").asText()).isEqualTo("operations.read-model-unknown");
        Response member = world.signedIn(MEMBER_HDF).post(READ_MODELS + "/decisions/rebuild", "");
        assertThat(member.status()).isEqualTo(403);
        assertThat(member.json().path("code").asText()).isEqualTo("operations.administrators-only");
        assertThat(world.signedIn(MEMBER_HDF).getPage("/exploitation/modeles-de-lecture").status()).isEqualTo(403);
        String page = admin.getPage("/exploitation/modeles-de-lecture").body();
        assertThat(page).contains("Modèles de lecture", "Reconstruit : les pages lisent désormais decisions_",
                                  "action=\"/exploitation/modeles-de-lecture/decisions/reconstruction\"");
    }

    @Test
    void theAuditTrailIsRebuiltWhileDirectorsReadItAndEqualsARebuildFromScratch(ApiWorld world) throws Exception {
        ApiClient admin = world.signedIn(ADMIN_HDF);
        ApiClient director = world.signedIn(MEMBER_HDF);
        String trail = "/api/cooperations/" + fr.entente.web.testing.ApiWorld.HDF + "/audit/trail?limit=20";
        String before = admin.get(READ_MODELS + "/audit_trail").json().path("collection").asText();
        List<Long> newestBefore = positions(director.get(trail).json());
        AtomicBoolean stop = new AtomicBoolean();
        List<String> failedReads = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger reads = new AtomicInteger();
        Thread reader = new Thread(() -> {
            while (!stop.get()) {
                Response response = director.get(trail);
                reads.incrementAndGet();
                if (response.status() != 200 || response.json().path("acts").isEmpty()) {
                    failedReads.add(response.status() + " " + response.body());
                }
            }
        });
        reader.start();
        JsonNode switched;
        try {
            assertThat(admin.post(READ_MODELS + "/audit_trail/rebuild", "").status()).isEqualTo(202);
            switched = eventually(() -> Optional.of(admin.get(READ_MODELS + "/audit_trail").json())
                                                .filter(model -> model.path("rebuild").path("state").asText().equals("SWITCHED")),
                                  java.time.Duration.ofMinutes(5));
        } finally {
            stop.set(true);
            reader.join();
        }
        String rebuilt = switched.path("collection").asText();
        assertThat(rebuilt).startsWith("audit_trail_").isNotEqualTo(before);
        assertThat(reads.get()).as("the trail read while it was rebuilt").isPositive();
        assertThat(failedReads).as("reads of the trail that failed or came back empty during the rebuild").isEmpty();
        assertThat(positions(director.get(trail).json())).as("the newest acts, from the rebuilt trail")
                                                         .containsAll(newestBefore);
        MongoDatabase database = world.bean(MongoDatabase.class);
        assertThat(database.listCollectionNames().into(new ArrayList<>())).as("the old trail and its subjects dropped")
                .contains(rebuilt).doesNotContain(before, before.equals("audit_trail") ? "audit_subjects" : before + "_subjects");

        awaitProcessorAtHead(world, "audit-trail");
        String scratch = fromScratch(world, database, "audit_trail");
        assertThat(documents(database, rebuilt)).as("the rebuilt trail, against a rebuild from scratch")
                                                .isEqualTo(documents(database, scratch));
        assertThat(documents(database, rebuilt + "_subjects")).isEqualTo(documents(database, scratch + "_subjects"));
    }

    private static List<Long> positions(JsonNode page) {
        List<Long> positions = new ArrayList<>();
        page.path("acts").forEach(act -> positions.add(act.path("position").asLong()));
        return positions;
    }

    /** The read model built from the whole log into collections of its own. */
    private static String fromScratch(ApiWorld world, MongoDatabase database, String name) throws Exception {
        String collection = name + "_from_scratch";
        RebuildableReadModel model = world.hub().beans(RebuildableReadModel.class).values().stream()
                                          .filter(candidate -> candidate.name().equals(name)).findFirst().orElseThrow();
        model.collectionsOf(collection).forEach(dropped -> database.getCollection(dropped).drop());
        EventMessageHandler handlers = model.buildingInto(collection);
        try (Stream<? extends TrackedEventMessage<?>> log = world.bean(MongoEventStorageEngine.class).readEvents(null, false)) {
            for (TrackedEventMessage<?> event : log.toList()) {
                if (handlers.canHandle(event)) {
                    handlers.handle(event);
                }
            }
        }
        return collection;
    }

    private static List<Document> documents(MongoDatabase database, String collection) {
        return database.getCollection(collection).find().sort(Sorts.ascending("_id")).into(new ArrayList<>());
    }

    private static void awaitDecisionsProcessorAtHead(ApiWorld world) {
        awaitProcessorAtHead(world, "decisions");
    }

    private static void awaitProcessorAtHead(ApiWorld world, String processingGroup) {
        long head = world.bean(MongoEventStorageEngine.class).createHeadToken().position().orElse(0L);
        StreamingEventProcessor decisions = world.bean(EventProcessingConfiguration.class)
                                                 .eventProcessor(processingGroup, StreamingEventProcessor.class).orElseThrow();
        eventually(() -> Optional.of(decisions.processingStatus().values()).filter(
                segments -> !segments.isEmpty() && segments.stream().allMatch(
                        status -> status.getCurrentPosition().orElse(0L) >= head)).map(segments -> true));
    }
}
