package fr.entente.infra.eventstore;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedMetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;

import java.time.Instant;

/**
 * An event (or snapshot) read from the log, whose payload and metadata are Jackson trees or JSON text. A tree is
 * announced as a {@link JsonNode}, the one content type Axon's Jackson serializer reads without converting it: under
 * its runtime class ({@code ObjectNode}) the serializer writes it out as bytes and parses them again. Its timestamp
 * stays an {@link Instant}: Axon's entries format it as text and parse it back, a tenth of a replay's time.
 */
final class StoredEventEntry extends GenericDomainEventEntry<Object> {

    private static final String KEPT_AS_INSTANT = "see getTimestamp()";

    private final Instant timestamp;

    StoredEventEntry(String type, String aggregateIdentifier, long sequenceNumber, String eventIdentifier,
                     Instant timestamp, String payloadType, String payloadRevision, Object payload, Object metaData) {
        super(type, aggregateIdentifier, sequenceNumber, eventIdentifier, KEPT_AS_INSTANT, payloadType, payloadRevision,
              payload, metaData);
        this.timestamp = timestamp;
    }

    @Override
    public Instant getTimestamp() {
        return timestamp;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public SerializedObject<Object> getPayload() {
        SerializedObject<Object> payload = super.getPayload();
        if (payload.getData() instanceof JsonNode tree) {
            return (SerializedObject) new SimpleSerializedObject<>(tree, JsonNode.class, payload.getType());
        }
        return payload;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public SerializedObject<Object> getMetaData() {
        SerializedObject<Object> metaData = super.getMetaData();
        if (metaData.getData() instanceof JsonNode tree) {
            return (SerializedObject) new SerializedMetaData<>(tree, JsonNode.class);
        }
        return metaData;
    }
}
