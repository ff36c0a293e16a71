package fr.entente.infra.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import fr.entente.infra.serialization.JacksonSerializers;
import fr.entente.testing.TestMongo;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

import static fr.entente.infra.eventstore.EngineFixture.event;
import static fr.entente.infra.eventstore.EngineFixture.readAll;
import static org.assertj.core.api.Assertions.assertThat;

/** Axon tracking processors reading the log through the engine, with their tokens in MongoDB. */
class ProcessorsOnTheLogTest {

    @RegisterExtension
    static final TestMongo.PerClass mongo = new TestMongo.PerClass();
    private MongoDatabase database;
    private MongoEventStorageEngine engine;
    private Configuration axon;

    @BeforeEach
    void freshEngine() {
        database = mongo.freshDatabase();
        engine = EngineFixture.engine(database);
    }

    @AfterEach
    void stopAxon() {
        if (axon != null) {
            axon.shutdown();
        }
    }

    @Test
    void deliversEveryEventExactlyOnceInGlobalOrderWhileWritersRun() throws Exception {
        RecordingProjection projection = startProjection(Function.identity());
        int writers = 4;
        int eventsPerWriter = 250;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            String aggregate = "writer-" + w;
            running.add(pool.submit(() -> {
                for (int i = 0; i < eventsPerWriter; i++) {
                    engine.appendEvents(event(aggregate, i));
                }
            }));
        }
        for (Future<?> writer : running) {
            writer.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();

        int total = writers * eventsPerWriter;
        waitUntil(() -> projection.received.size() >= total);
        List<String> logOrder = readAll(engine, null).stream().map(TrackedEventMessage::getIdentifier).toList();
        assertThat(projection.received).hasSize(total).containsExactlyElementsOf(logOrder);
    }

    @Test
    void replaysTheSameReadModelAfterAReset() throws Exception {
        for (int i = 0; i < 300; i++) {
            engine.appendEvents(event("thing-" + (i % 13), i / 13));
        }
        RecordingProjection projection = startProjection(Function.identity());
        waitUntil(() -> projection.received.size() == 300);
        List<Document> before = readModel();

        TrackingEventProcessor processor = processor();
        processor.shutDown();
        processor.resetTokens();
        assertThat(readModel()).isEmpty();
        processor.start();
        waitUntil(() -> projection.received.size() == 300);

        assertThat(readModel()).hasSize(13).isEqualTo(before);
    }

    @Test
    void startsAtADateWhenToldTo() throws Exception {
        for (int i = 0; i < 50; i++) {
            engine.appendEvents(event("old", i));
        }
        Thread.sleep(20);
        Instant cut = Instant.now();
        Thread.sleep(20);
        for (int i = 0; i < 20; i++) {
            engine.appendEvents(event("new", i));
        }

        RecordingProjection projection = startProjection(
                configuration -> configuration.andInitialTrackingToken(source -> source.createTokenAt(cut)));
        waitUntil(() -> projection.received.size() >= 20);
        Thread.sleep(300);

        assertThat(projection.received).hasSize(20);
        assertThat(readModel()).extracting(document -> document.getString("_id")).containsExactly("new");
    }

    @Test
    void keepsItsTokenInMongoAndResumesWhereItStopped() throws Exception {
        for (int i = 0; i < 40; i++) {
            engine.appendEvents(event("thing", i));
        }
        RecordingProjection first = startProjection(Function.identity());
        waitUntil(() -> first.received.size() == 40);
        axon.shutdown();
        for (int i = 40; i < 50; i++) {
            engine.appendEvents(event("thing", i));
        }

        RecordingProjection second = startProjection(Function.identity());
        waitUntil(() -> second.received.size() == 10);
        Thread.sleep(300);

        assertThat(second.received).hasSize(10);
        Document token = database.getCollection(TrackingTokenStores.TOKENS).find().first();
        assertThat(token).isNotNull();
        assertThat(token.get("token")).asString().contains("\"index\"");
    }

    private RecordingProjection startProjection(
            Function<TrackingEventProcessorConfiguration, TrackingEventProcessorConfiguration> customisation) {
        MongoCollection<Document> things = database.getCollection("things");
        RecordingProjection projection = new RecordingProjection(things);
        TokenStore tokens = TrackingTokenStores.mongo(database, JacksonSerializers.messages(), "test-node",
                                                      Duration.ofSeconds(10));
        Configurer configurer = DefaultConfigurer.defaultConfiguration(false)
                .configureSerializer(c -> JacksonSerializers.messages())
                .configureEmbeddedEventStore(c -> engine);
        configurer.eventProcessing()
                  .registerTokenStore(c -> tokens)
                  .registerTrackingEventProcessor(
                          RecordingProjection.GROUP,
                          c -> (StreamableMessageSource<TrackedEventMessage<?>>) c.eventStore(),
                          c -> customisation.apply(TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                                                                      .andBatchSize(100)))
                  .registerEventHandler(c -> projection);
        axon = configurer.buildConfiguration();
        axon.start();
        return projection;
    }

    private TrackingEventProcessor processor() {
        return axon.eventProcessingConfiguration()
                   .eventProcessor(RecordingProjection.GROUP, TrackingEventProcessor.class)
                   .orElseThrow();
    }

    private List<Document> readModel() {
        return database.getCollection("things").find().sort(Sorts.ascending("_id")).into(new ArrayList<>());
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 60 s");
            }
            Thread.sleep(20);
        }
    }
}
