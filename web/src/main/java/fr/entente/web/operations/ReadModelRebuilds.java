package fr.entente.web.operations;

import com.mongodb.client.MongoDatabase;
import fr.entente.common.query.ReadModelCollections;
import fr.entente.common.query.RebuildableReadModel;
import fr.entente.infra.eventstore.MongoEventStorageEngine;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Rebuilds a read model while the hub runs: its event handlers read the log from the start into a fresh collection,
 * telling no page, while the pages keep reading the read model where it is. Once the rebuild has read the whole log,
 * the projection that keeps the read model is stopped a moment, the rebuild reads on to where that projection had
 * got, the read model's name is pointed at the fresh collection ({@link ReadModelCollections}), the projection starts
 * again (writing there from its own position; the read models are idempotent by position, so an event it applies
 * again changes nothing), and the old collection is dropped. A page never sees a half-built read model; a failure
 * leaves the old one in use and drops the fresh one. One rebuild per read model at a time, on this node.
 */
@Component
public class ReadModelRebuilds {

    private static final Logger LOG = LoggerFactory.getLogger(ReadModelRebuilds.class);
    private static final DateTimeFormatter SUFFIX = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    private final Map<String, RebuildableReadModel> models;
    private final ReadModelCollections collections;
    private final MongoEventStorageEngine log;
    private final EventProcessingConfiguration processing;
    private final MongoDatabase database;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, AtomicReference<RebuildProgress>> progress = new ConcurrentHashMap<>();
    private final ExecutorService runner = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "read-model-rebuild");
        thread.setDaemon(true);
        return thread;
    });

    ReadModelRebuilds(List<RebuildableReadModel> models, ReadModelCollections collections, MongoEventStorageEngine log,
                      EventProcessingConfiguration processing, MongoDatabase database) {
        this.models = models.stream().collect(Collectors.toMap(RebuildableReadModel::name, Function.identity()));
        this.collections = collections;
        this.log = log;
        this.processing = processing;
        this.database = database;
    }

    /** The read models that can be rebuilt, by name. */
    public List<String> names() {
        return models.keySet().stream().sorted(Comparator.naturalOrder()).toList();
    }

    /** The collection that holds the read model now. */
    public String activeCollection(String name) {
        return collections.active(model(name).name());
    }

    /** The last rebuild of the read model on this node since it started, if any. */
    public Optional<RebuildProgress> progress(String name) {
        model(name);
        return Optional.ofNullable(progress.get(name)).map(AtomicReference::get);
    }

    /** Starts rebuilding the read model; refused while a rebuild of it runs. */
    public RebuildProgress start(String name) {
        RebuildableReadModel model = model(name);
        Instant now = clock.instant();
        String collection = model.name() + "_" + SUFFIX.format(now);
        RebuildProgress started = new RebuildProgress(name, RebuildProgress.State.RUNNING, collection, 0, head(), 0, now,
                                                      null, null);
        AtomicReference<RebuildProgress> current = progress.computeIfAbsent(name, key -> new AtomicReference<>());
        RebuildProgress previous = current.get();
        if (previous != null && previous.state() == RebuildProgress.State.RUNNING
            || !current.compareAndSet(previous, started)) {
            throw new OperationsRefusedException(OperationsRefusal.REBUILD_RUNNING, name);
        }
        LOG.info("Rebuilding the read model {} into {}", name, collection);
        runner.submit(() -> rebuild(model, collection, current));
        return started;
    }

    private void rebuild(RebuildableReadModel model, String collection, AtomicReference<RebuildProgress> current) {
        StreamingEventProcessor projection = null;
        boolean stopped = false;
        try {
            EventMessageHandler handlers = model.buildingInto(collection);
            Reader reader = new Reader(handlers, current);
            // a round that reads nothing has reached the head: waiting for the head's number itself could wait
            // forever when the last number is an unused one, which readers step over
            while (reader.readAvailable() > 0) {
                // the reader tells the progress as it goes
            }
            projection = processing.eventProcessor(model.processingGroup(), StreamingEventProcessor.class)
                                   .orElseThrow(() -> new IllegalStateException("no processor " + model.processingGroup()));
            projection.shutDown();
            stopped = true;
            // the projection stopped at an event of the log as it is now: one more round reads up to it and beyond
            reader.readAvailable();
            String old = collections.active(model.name());
            collections.activate(model.name(), collection);
            projection.start();
            stopped = false;
            if (!old.equals(collection)) {
                model.collectionsOf(old).forEach(name -> database.getCollection(name).drop());
            }
            current.updateAndGet(progress -> progress.switched(clock.instant()));
            LOG.info("The read model {} is rebuilt ({} events read) and now in {}", model.name(), reader.applied, collection);
        } catch (Exception | LinkageError e) {
            LOG.error("The rebuild of the read model {} failed; it stays where it was", model.name(), e);
            if (stopped) {
                projection.start();
            }
            model.collectionsOf(collection).forEach(name -> database.getCollection(name).drop());
            current.updateAndGet(progress -> progress.failed(clock.instant(), String.valueOf(e.getMessage())));
        }
    }

    private long head() {
        TrackingToken head = log.createHeadToken();
        return head == null ? 0 : head.position().orElse(0L);
    }

    private RebuildableReadModel model(String name) {
        RebuildableReadModel model = models.get(name);
        if (model == null) {
            throw new OperationsRefusedException(OperationsRefusal.READ_MODEL_UNKNOWN, name);
        }
        return model;
    }

    /** Reads the log from its start, as far as it goes each time, into the rebuild's handlers. */
    private final class Reader {

        private final EventMessageHandler handlers;
        private final AtomicReference<RebuildProgress> current;
        private TrackingToken token;
        private long position = -1;
        private long applied;

        Reader(EventMessageHandler handlers, AtomicReference<RebuildProgress> current) {
            this.handlers = handlers;
            this.current = current;
        }

        /** Reads the log as far as it goes now; answers how many events it read. */
        long readAvailable() throws Exception {
            long head = head();
            long before = applied;
            try (Stream<? extends TrackedEventMessage<?>> events = log.readEvents(token, false)) {
                java.util.Iterator<? extends TrackedEventMessage<?>> iterator = events.iterator();
                while (iterator.hasNext()) {
                    TrackedEventMessage<?> event = iterator.next();
                    if (handlers.canHandle(event)) {
                        handlers.handle(event);
                    }
                    token = event.trackingToken();
                    position = token.position().orElse(position);
                    if (++applied % 1_000 == 0) {
                        current.updateAndGet(progress -> progress.at(position, Math.max(head, position), applied));
                    }
                }
            }
            current.updateAndGet(progress -> progress.at(position, Math.max(head, position), applied));
            return applied - before;
        }
    }
}
