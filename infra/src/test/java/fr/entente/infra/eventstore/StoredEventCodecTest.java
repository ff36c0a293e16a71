package fr.entente.infra.eventstore;

import org.axonframework.eventhandling.DomainEventData;
import org.bson.BsonBinaryReader;
import org.bson.BsonBinaryWriter;
import org.bson.BsonType;
import org.bson.Document;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.DocumentCodec;
import org.bson.codecs.EncoderContext;
import org.bson.io.BasicOutputBuffer;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import static com.mongodb.MongoClientSettings.getDefaultCodecRegistry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The log's documents read straight from their bytes ({@link StoredEventCodec}) give the same entries as the documents'
 * way ({@link EventDocumentCodec} and {@link EventDocumentMapper}), for the shapes it parses and for those it leaves
 * to that way; as an element of a reply's batch (the fast path) and as a document on its own.
 */
class StoredEventCodecTest {

    private final EventDocumentCodec documents = new EventDocumentCodec(getDefaultCodecRegistry());
    private final EventDocumentMapper mapper = new EventDocumentMapper();
    private final StoredEventCodec codec = new StoredEventCodec(documents, mapper);

    @Test
    void readsAnEventAsTheDocumentsWayDoes() {
        Document payload = new Document("thingId", "thing-1").append("value", 42L).append("small", 7)
                .append("ratio", 0.25).append("done", true).append("nothing", null).append("note", "été, ça")
                .append("list", List.of(1, "two", new Document("three", 3), List.of(false)))
                .append("nested", new Document("deeper", new Document("deepest", "x")));
        Document metaData = new Document("actorId", "person-1").append("correlationId", "c-1");
        Document event = event(1234L, payload, metaData);

        assertSameEntries(event);
        StoredEvent read = readInBatch(event);
        assertThat(read.globalSequence()).isEqualTo(1234L);
        assertThat(read.unused()).isFalse();
        assertThat(read.entry().getMetaData().getData().toString()).contains("\"globalSequence\":1234");
    }

    @Test
    void readsTextPayloadsAndMetaDataAndMissingRevisionsAsTheDocumentsWayDoes() {
        Document event = event(7L, "{\"$weird\": 1}", "{\"$odd\": true}");
        event.remove(EventDocumentMapper.PAYLOAD_REVISION);
        assertSameEntries(event);
        Document nullRevision = event(8L, new Document("a", 1), new Document());
        nullRevision.put(EventDocumentMapper.PAYLOAD_REVISION, null);
        assertSameEntries(nullRevision);
    }

    @Test
    void leavesValuesJsonWouldNotHoldToTheDocumentsWay() {
        assertSameEntries(event(9L, new Document("at", new Date(5_000)), new Document()));
        assertSameEntries(event(10L, new Document("amount", new Decimal128(new BigDecimal("123.45"))), new Document()));
        assertSameEntries(event(11L, new Document("ratio", Double.NaN), new Document()));
        Document integerSequence = event(12L, new Document("a", 1), new Document());
        integerSequence.put(EventDocumentMapper.SEQUENCE_NUMBER, 3);
        assertSameEntries(integerSequence);
    }

    @Test
    void readsMarkersOfUnusedNumbersAndSnapshots() {
        Document marker = new Document("_id", 57L).append("key", "unused:57").append("timestamp", new Date(1_000))
                .append("unused", new Document("reason", "writer-stopped").append("first", 57L).append("last", 57L));
        for (StoredEvent read : List.of(readInBatch(marker), readAlone(marker))) {
            assertThat(read.unused()).isTrue();
            assertThat(read.globalSequence()).isEqualTo(57L);
            assertThat(read.timestamp()).isEqualTo(Instant.ofEpochMilli(1_000));
            assertThat(read.entry()).isNull();
        }

        Document snapshot = event(0L, new Document("state", "at 949"), new Document("actorId", "person-1"));
        snapshot.put("_id", "thing-1");
        snapshot.remove("key");
        assertSameEntries(snapshot);
        assertThat(readInBatch(snapshot).globalSequence()).isEqualTo(-1);
        assertThat(readInBatch(snapshot).entry().getMetaData().getData().toString()).doesNotContain("globalSequence");
    }

    private static Document event(long id, Object payload, Object metaData) {
        return new Document("_id", id).append("aggregateType", "Thing").append("aggregateIdentifier", "thing-1")
                .append("sequenceNumber", 3L).append("eventIdentifier", "event-" + id)
                .append("timestamp", new Date(1_700_000_000_123L)).append("payloadType", "ThingHappened")
                .append("payloadRevision", "1").append("payload", payload).append("metaData", metaData)
                .append("key", "thing-1#3");
    }

    private void assertSameEntries(Document stored) {
        Document asDocument = documents.decode(new BsonBinaryReader(ByteBuffer.wrap(bson(stored))),
                                               DecoderContext.builder().build());
        DomainEventData<?> expected = mapper.toDomainEntry(asDocument);
        for (StoredEvent read : List.of(readInBatch(stored), readAlone(stored))) {
            DomainEventData<?> actual = read.entry();
            assertThat(actual.getType()).isEqualTo(expected.getType());
            assertThat(actual.getAggregateIdentifier()).isEqualTo(expected.getAggregateIdentifier());
            assertThat(actual.getSequenceNumber()).isEqualTo(expected.getSequenceNumber());
            assertThat(actual.getEventIdentifier()).isEqualTo(expected.getEventIdentifier());
            assertThat(actual.getTimestamp()).isEqualTo(expected.getTimestamp());
            assertThat(actual.getPayload().getType()).isEqualTo(expected.getPayload().getType());
            assertThat(actual.getPayload().getContentType()).isEqualTo(expected.getPayload().getContentType());
            assertThat(actual.getPayload().getData()).isEqualTo(expected.getPayload().getData());
            assertThat(actual.getMetaData().getContentType()).isEqualTo(expected.getMetaData().getContentType());
            assertThat(actual.getMetaData().getData()).isEqualTo(expected.getMetaData().getData());
            assertThat(read.timestamp()).isEqualTo(expected.getTimestamp());
        }
    }

    /** As a reply's batch holds it: an element of an array, which the codec copies as it is. */
    private StoredEvent readInBatch(Document stored) {
        List<Document> batch = new ArrayList<>(List.of(new Document("before", 1), stored, new Document("after", 2)));
        BsonBinaryReader reader = new BsonBinaryReader(ByteBuffer.wrap(bson(new Document("firstBatch", batch))));
        reader.readStartDocument();
        reader.readName("firstBatch");
        reader.readStartArray();
        reader.readBsonType();
        reader.skipValue();
        assertThat(reader.readBsonType()).isEqualTo(BsonType.DOCUMENT);
        StoredEvent read = codec.decode(reader, DecoderContext.builder().build());
        assertThat(reader.readBsonType()).as("the reader goes on after the document").isEqualTo(BsonType.DOCUMENT);
        assertThat(new DocumentCodec().decode(reader, DecoderContext.builder().build())).containsEntry("after", 2);
        return read;
    }

    private StoredEvent readAlone(Document stored) {
        return codec.decode(new BsonBinaryReader(ByteBuffer.wrap(bson(stored))), DecoderContext.builder().build());
    }

    private static byte[] bson(Document document) {
        BasicOutputBuffer buffer = new BasicOutputBuffer();
        new DocumentCodec(getDefaultCodecRegistry()).encode(new BsonBinaryWriter(buffer), document,
                                                            EncoderContext.builder().build());
        return Arrays.copyOf(buffer.getInternalBuffer(), buffer.getPosition());
    }
}
