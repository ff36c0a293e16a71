package fr.entente.infra.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.common.AxonConfigurationException;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.bson.codecs.configuration.CodecRegistries;
import org.bson.codecs.configuration.CodecRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static fr.entente.infra.eventstore.EventDocumentMapper.AGGREGATE_IDENTIFIER;
import static fr.entente.infra.eventstore.EventDocumentMapper.ID;
import static fr.entente.infra.eventstore.EventDocumentMapper.KEY;
import static fr.entente.infra.eventstore.EventDocumentMapper.SEQUENCE_NUMBER;
import static fr.entente.infra.eventstore.EventDocumentMapper.key;

/**
 * The event log of Entente on MongoDB: one document per event in {@code events}, whose {@code _id} is the event's
 * global sequence number, allocated from a counter document in {@code counters}; a unique {@code key}
 * (aggregate#sequence) per event; the latest snapshot of each aggregate in {@code snapshots}.
 * <p>
 * Every read is by key or by a range of an index: {@code _id} ranges when tracking the log, a range of sequence
 * numbers of the {@code (aggregateIdentifier, sequenceNumber)} index when loading an aggregate, so that both cost the
 * same at ten thousand or a million events, on MongoDB and on the embedded server alike. Writes of this node are serialised (see {@link SerialisedAppender}); reads in global
 * order, across gaps, are in {@link TrackingReader}.
 */
public class MongoEventStorageEngine extends BatchingEventStorageEngine {

    private static final Logger log = LoggerFactory.getLogger(MongoEventStorageEngine.class);

    public static final String EVENTS = "events";
    public static final String SNAPSHOTS = "snapshots";
    public static final String COUNTERS = "counters";
    /** The metadata key of an event's global sequence number, on every event read from the log. */
    public static final String GLOBAL_SEQUENCE = EventDocumentMapper.GLOBAL_SEQUENCE;

    /** How many of the last groups' numbers are checked at start for a writer's stop (see UnwrittenAllocations). */
    private static final int START_CHECK_GROUPS = 10;
    /** Keys asked for by the first look-up of an aggregate's events. */

    private final MongoCollection<Document> events;
    private final MongoCollection<Document> snapshots;
    /** The same collections read straight from the replies' bytes into entries (see {@link StoredEventCodec}). */
    private final MongoCollection<StoredEvent> storedEvents;
    private final MongoCollection<StoredEvent> storedSnapshots;
    private final EventDocumentMapper mapper = new EventDocumentMapper();
    private final SerialisedAppender appender;
    private final TrackingReader reader;
    private final LongAdder domainEventsRead = new LongAdder();
    private final UnwrittenAllocations unwrittenAllocations;
    private final boolean soleWriter;
    private final Duration gapTimeout;
    private final int unwrittenWindow;

    protected MongoEventStorageEngine(Builder builder) {
        super(builder);
        MongoDatabase database = builder.database;
        // payload and metadata read straight into the trees Axon's serializer reads
        EventDocumentCodec documentCodec = new EventDocumentCodec(database.getCodecRegistry());
        CodecRegistry trees = CodecRegistries.fromRegistries(
                CodecRegistries.fromCodecs(documentCodec, new StoredEventCodec(documentCodec, mapper)),
                database.getCodecRegistry());
        this.events = database.getCollection(EVENTS).withCodecRegistry(trees);
        this.snapshots = database.getCollection(SNAPSHOTS).withCodecRegistry(trees);
        this.storedEvents = events.withDocumentClass(StoredEvent.class);
        this.storedSnapshots = snapshots.withDocumentClass(StoredEvent.class);
        GlobalSequence sequence = new GlobalSequence(database.getCollection(COUNTERS));
        UnusedNumbers unusedNumbers = new UnusedNumbers(events, builder.clock);
        this.appender = new SerialisedAppender(events, sequence, unusedNumbers, builder.settings.maxGroupSize());
        this.reader = new TrackingReader(storedEvents, sequence, builder.settings, builder.clock);
        events.createIndex(Indexes.ascending(KEY), new IndexOptions().unique(true).name("aggregate_sequence"));
        // an aggregate's events are one range of this index, read in order, where 900 keys were 900 look-ups
        events.createIndex(Indexes.ascending(AGGREGATE_IDENTIFIER, SEQUENCE_NUMBER), new IndexOptions().name("aggregate_stream"));
        this.unwrittenAllocations = new UnwrittenAllocations(events, sequence, unusedNumbers, builder.clock);
        this.soleWriter = builder.soleWriter;
        this.gapTimeout = builder.settings.gapTimeout();
        this.unwrittenWindow = START_CHECK_GROUPS * builder.settings.maxGroupSize();
        unwrittenAllocations.record(soleWriter, gapTimeout, unwrittenWindow);
        if (builder.soleWriter) {
            // no one else allocates: numbers come from memory, without a round trip to the counter per group
            sequence.numberLocally(events);
        }
    }

    /**
     * Where several nodes share the store: marks the numbers that a node allocated and never wrote because it died
     * ({@code kill -9}, a power cut) while the others go on, once they are surely dead (see
     * {@link UnwrittenAllocations}), so that a node's death leaves no unexplained hole without waiting for a restart.
     * A store this node alone writes has nothing to mark after its start. Returns how many numbers it marked.
     */
    public int recordUnwrittenAllocations() {
        return soleWriter ? 0 : unwrittenAllocations.record(false, gapTimeout, unwrittenWindow);
    }

    /** Whether this node is the store's only writer (the embedded server, which one process owns). */
    public boolean isSoleWriter() {
        return soleWriter;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> messages, Serializer serializer) {
        if (messages.isEmpty()) {
            return;
        }
        List<Document> documents = new ArrayList<>(messages.size());
        messages.forEach(message -> documents.add(mapper.toEventDocument(message, serializer)));
        try {
            appender.append(documents);
            if (documents.get(documents.size() - 1).get("_id") instanceof Number last) {
                LastAppended.record(last.longValue());
            }
        } catch (SerialisedAppender.AppendRefusedException e) {
            handlePersistenceException((Exception) e.getCause(), messages.get(e.failedIndex()));
        }
    }

    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        Document document = mapper.toSnapshotDocument(snapshot, serializer);
        try {
            // Replaces an older snapshot only: a concurrent, newer one wins (the upsert then meets the _id and fails).
            snapshots.replaceOne(and(eq(ID, snapshot.getAggregateIdentifier()),
                                     lt(SEQUENCE_NUMBER, snapshot.getSequenceNumber())),
                                 document, new ReplaceOptions().upsert(true));
        } catch (RuntimeException e) {
            if (!new MongoDuplicateKeyResolver().isDuplicateKeyViolation(e)) {
                throw e;
            }
        }
    }

    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        if (lastToken != null && !(lastToken instanceof GapAwareTrackingToken)) {
            throw new IllegalArgumentException("Token " + lastToken + " is not a GapAwareTrackingToken");
        }
        return reader.fetch((GapAwareTrackingToken) lastToken, batchSize);
    }

    /**
     * The aggregate's events from {@code firstSequenceNumber}: one range of sequence numbers, {@code batchSize} long,
     * of the {@code (aggregateIdentifier, sequenceNumber)} index (the embedded store answers it from the index's range
     * with its stored documents; a load of a thousand events asked for a thousand keys before, a descent of the key
     * index each). Returns the events that follow without a hole: a full batch, or the end of the stream (Axon stops
     * reading at a short batch).
     */
    @Override
    protected List<? extends DomainEventData<?>> fetchDomainEvents(String aggregateIdentifier,
                                                                   long firstSequenceNumber, int batchSize) {
        List<StoredEvent> found = new ArrayList<>(Math.min(batchSize, 1_024));
        Document range = new Document(AGGREGATE_IDENTIFIER, aggregateIdentifier)
                .append(SEQUENCE_NUMBER, new Document("$gte", firstSequenceNumber)
                        .append("$lte", firstSequenceNumber + batchSize - 1));
        storedEvents.find(range).batchSize(batchSize).forEach(found::add);
        found.sort(Comparator.comparingLong(StoredEvent::sequenceNumber));
        List<DomainEventData<?>> batch = new ArrayList<>(found.size());
        long expected = firstSequenceNumber;
        for (StoredEvent event : found) {
            if (event.sequenceNumber() != expected) {
                break;
            }
            expected++;
            batch.add(event.entry());
        }
        domainEventsRead.add(batch.size());
        return batch;
    }

    /**
     * The aggregate's snapshot, if it still reads as the aggregate is now. A snapshot written by an older shape of the
     * aggregate is ignored (the aggregate then loads from its events), never half-read.
     */
    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        try {
            Optional<DomainEventMessage<?>> snapshot = super.readSnapshot(aggregateIdentifier);
            snapshot.ifPresent(DomainEventMessage::getPayload);
            return snapshot;
        } catch (RuntimeException e) {
            log.warn("Ignoring the snapshot of aggregate {}, which no longer reads: {}", aggregateIdentifier,
                     e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        StoredEvent snapshot = storedSnapshots.find(eq(ID, aggregateIdentifier)).first();
        return snapshot == null ? Stream.empty() : Stream.of(snapshot.entry());
    }

    /** Finds the last sequence number by probing keys (doubling, then halving): a few look-ups, no index scan. */
    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        if (!exists(aggregateIdentifier, 0)) {
            return Optional.empty();
        }
        long present = 0;
        long step = 1;
        while (exists(aggregateIdentifier, present + step)) {
            present += step;
            step *= 2;
        }
        long absent = present + step;
        while (absent - present > 1) {
            long middle = present + (absent - present) / 2;
            if (exists(aggregateIdentifier, middle)) {
                present = middle;
            } else {
                absent = middle;
            }
        }
        return Optional.of(present);
    }

    private boolean exists(String aggregateIdentifier, long sequenceNumber) {
        return events.find(eq(KEY, key(aggregateIdentifier, sequenceNumber))).projection(new Document(ID, 1))
                     .first() != null;
    }

    @Override
    public TrackingToken createTailToken() {
        return TrackingReader.tailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return reader.headToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return reader.tokenAt(dateTime);
    }

    /** Events read to load aggregates since start: shows whether snapshots spare the reading of whole streams. */
    public long domainEventsRead() {
        return domainEventsRead.sum();
    }

    public static class Builder extends BatchingEventStorageEngine.Builder {

        private MongoDatabase database;
        private EventStoreSettings settings = EventStoreSettings.defaults();
        private Clock clock = Clock.systemUTC();
        private boolean soleWriter;

        Builder() {
            persistenceExceptionResolver(new MongoDuplicateKeyResolver());
            batchSize(settings.batchSize());
        }

        public Builder database(MongoDatabase database) {
            this.database = database;
            return this;
        }

        public Builder settings(EventStoreSettings settings) {
            this.settings = settings;
            batchSize(settings.batchSize());
            return this;
        }

        /**
         * Says that no other process writes to this log (the embedded server, which one process owns): at start, any
         * number allocated and not written is then dead at once, and marked unused. Otherwise (a MongoDB several
         * nodes may share), only numbers dead for longer than the gap timeout are.
         */
        public Builder soleWriter(boolean soleWriter) {
            this.soleWriter = soleWriter;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        @Override
        public Builder snapshotSerializer(Serializer snapshotSerializer) {
            super.snapshotSerializer(snapshotSerializer);
            return this;
        }

        @Override
        public Builder eventSerializer(Serializer eventSerializer) {
            super.eventSerializer(eventSerializer);
            return this;
        }

        @Override
        public Builder upcasterChain(org.axonframework.serialization.upcasting.event.EventUpcaster upcasterChain) {
            super.upcasterChain(upcasterChain);
            return this;
        }

        @Override
        protected void validate() throws AxonConfigurationException {
            super.validate();
            if (database == null) {
                throw new AxonConfigurationException("The MongoDatabase of the event store is required");
            }
        }

        public MongoEventStorageEngine build() {
            return new MongoEventStorageEngine(this);
        }
    }
}
