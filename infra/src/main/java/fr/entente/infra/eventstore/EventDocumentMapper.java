package fr.entente.infra.eventstore;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

import java.time.Instant;
import java.util.Date;

/**
 * Maps Axon event messages to the documents of the {@code events} and {@code snapshots} collections and back.
 * <p>
 * Payload and metadata are stored as embedded documents, so that the log reads as plain JSON in any MongoDB tool.
 * JSON that MongoDB could misread (a key starting with {@code $}, which Extended JSON interprets) is kept as a string.
 */
final class EventDocumentMapper {

    static final String ID = "_id";
    static final String KEY = "key";
    static final String AGGREGATE_TYPE = "aggregateType";
    static final String AGGREGATE_IDENTIFIER = "aggregateIdentifier";
    static final String SEQUENCE_NUMBER = "sequenceNumber";
    static final String EVENT_IDENTIFIER = "eventIdentifier";
    static final String TIMESTAMP = "timestamp";
    static final String PAYLOAD_TYPE = "payloadType";
    static final String PAYLOAD_REVISION = "payloadRevision";
    static final String PAYLOAD = "payload";
    static final String META_DATA = "metaData";
    /**
     * Metadata key under which every event read from the log carries its global sequence number (its {@code _id}),
     * so that projections and live updates can say which event caused them. Derived on read, never stored twice.
     */
    static final String GLOBAL_SEQUENCE = "globalSequence";
    /** Field of a document that holds a global sequence number no event will ever have (see {@link UnusedNumbers}). */
    static final String UNUSED = "unused";

    private static final JsonWriterSettings RELAXED_JSON = JsonWriterSettings.builder()
                                                                            .outputMode(JsonMode.RELAXED)
                                                                            .build();

    /**
     * The unique key of an event in its aggregate's stream. The sequence number comes last, so that an identifier
     * containing {@code #} cannot make two keys collide.
     */
    static String key(String aggregateIdentifier, long sequenceNumber) {
        return aggregateIdentifier + "#" + sequenceNumber;
    }

    Document toEventDocument(EventMessage<?> message, Serializer serializer) {
        DomainEventMessage<?> event = asDomainEvent(message);
        Document document = describe(event, serializer);
        document.put(KEY, key(event.getAggregateIdentifier(), event.getSequenceNumber()));
        return document;
    }

    Document toSnapshotDocument(DomainEventMessage<?> snapshot, Serializer serializer) {
        Document document = describe(snapshot, serializer);
        document.put(ID, snapshot.getAggregateIdentifier());
        return document;
    }

    /** Payload and metadata go to Axon as Jackson trees (or JSON text, where they are stored as text). */
    DomainEventData<Object> toDomainEntry(Document document) {
        return new StoredEventEntry(document.getString(AGGREGATE_TYPE),
                                             document.getString(AGGREGATE_IDENTIFIER),
                                             sequenceNumberOf(document),
                                             document.getString(EVENT_IDENTIFIER),
                                             timestampOf(document),
                                             document.getString(PAYLOAD_TYPE),
                                             document.getString(PAYLOAD_REVISION),
                                             serialized(document.get(PAYLOAD)),
                                             metaDataWithGlobalSequence(document));
    }

    /** The stored metadata, with the event's global sequence number added (never stored twice). */
    private static Object metaDataWithGlobalSequence(Document document) {
        Object metaData = document.get(META_DATA);
        if (!(document.get(ID) instanceof Number globalSequence)) {
            return serialized(metaData);
        }
        ObjectNode tree = metaData instanceof ObjectNode read ? read
                          : metaData instanceof Document stored ? JsonTrees.of(stored) : null;
        if (tree != null) {
            return tree.put(GLOBAL_SEQUENCE, globalSequence.longValue());
        }
        if (metaData instanceof Document stored) {
            Document enriched = new Document(stored);
            enriched.put(GLOBAL_SEQUENCE, globalSequence.longValue());
            return enriched.toJson(RELAXED_JSON);
        }
        return metaData;
    }

    /** True for the marker of a number that was allocated and never written, false for an event. */
    static boolean isUnusedNumber(Document document) {
        return document.containsKey(UNUSED);
    }

    static long sequenceNumberOf(Document document) {
        return ((Number) document.get(SEQUENCE_NUMBER)).longValue();
    }

    static long globalIndexOf(Document document) {
        return ((Number) document.get(ID)).longValue();
    }

    static Instant timestampOf(Document document) {
        return document.getDate(TIMESTAMP).toInstant();
    }

    private Document describe(DomainEventMessage<?> event, Serializer serializer) {
        SerializedObject<String> payload = event.serializePayload(serializer, String.class);
        SerializedObject<String> metaData = event.serializeMetaData(serializer, String.class);
        Instant timestamp = event.getTimestamp();
        Document document = new Document();
        document.put(AGGREGATE_TYPE, event.getType());
        document.put(AGGREGATE_IDENTIFIER, event.getAggregateIdentifier());
        document.put(SEQUENCE_NUMBER, event.getSequenceNumber());
        document.put(EVENT_IDENTIFIER, event.getIdentifier());
        // Milliseconds, as BSON dates hold and as Axon's own event entries keep.
        document.put(TIMESTAMP, Date.from(timestamp));
        document.put(PAYLOAD_TYPE, payload.getType().getName());
        document.put(PAYLOAD_REVISION, payload.getType().getRevision());
        document.put(PAYLOAD, embeddable(payload.getData()));
        document.put(META_DATA, embeddable(metaData.getData()));
        return document;
    }

    private static Object embeddable(String json) {
        String trimmed = json.trim();
        if (trimmed.startsWith("{") && !trimmed.contains("\"$")) {
            return Document.parse(trimmed);
        }
        return json;
    }

    /** A tree as read ({@link EventDocumentCodec}), a stored document as a tree or JSON text, or the stored text. */
    private static Object serialized(Object stored) {
        if (stored instanceof Document document) {
            Object tree = JsonTrees.of(document);
            return tree != null ? tree : document.toJson(RELAXED_JSON);
        }
        return stored;
    }

    private static DomainEventMessage<?> asDomainEvent(EventMessage<?> event) {
        if (event instanceof DomainEventMessage<?> domainEvent) {
            return domainEvent;
        }
        // An event published outside an aggregate is its own stream of one, so that its key stays unique.
        return new GenericDomainEventMessage<>(null, event.getIdentifier(), 0L, event, event::getTimestamp);
    }
}
