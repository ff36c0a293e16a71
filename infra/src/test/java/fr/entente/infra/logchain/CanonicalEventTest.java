package fr.entente.infra.logchain;

import org.bson.BsonArray;
import org.bson.BsonBinary;
import org.bson.BsonBinarySubType;
import org.bson.BsonBoolean;
import org.bson.BsonDateTime;
import org.bson.BsonDecimal128;
import org.bson.BsonDocument;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonNull;
import org.bson.BsonObjectId;
import org.bson.BsonString;
import org.bson.BsonTimestamp;
import org.bson.RawBsonDocument;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** The digest taken from the stored bytes is the one the decoded way gives, field order and all. */
class CanonicalEventTest {

    private static BsonDocument event() {
        return new BsonDocument("_id", new BsonInt64(42))
                .append("payloadType", new BsonString("fr.entente.NoteTaken"))
                .append("aggregateIdentifier", new BsonString("meeting-1"))
                .append("aggregateType", new BsonString("Meeting"))
                .append("sequenceNumber", new BsonInt64(7))
                .append("eventIdentifier", new BsonString("e-1"))
                .append("timestamp", new BsonDateTime(1_700_000_000_000L))
                .append("payloadRevision", BsonNull.VALUE)
                .append("somethingElse", new BsonString("not digested"))
                .append("payload", new BsonDocument("text", new BsonString("une note, été"))
                        .append("n", new BsonInt32(3)).append("x", new BsonDouble(-0.0))
                        .append("list", new BsonArray(java.util.List.of(new BsonBoolean(true), new BsonInt64(1))))
                        .append("old", new BsonBinary(BsonBinarySubType.OLD_BINARY, new byte[]{1, 2, 3}))
                        .append("oid", new BsonObjectId(new org.bson.types.ObjectId("5f1d7a2b9c0e4a3b2c1d0e0f"))).append("ts", new BsonTimestamp(5, 6))
                        .append("dec", new BsonDecimal128(new Decimal128(new BigDecimal("1.50")))))
                .append("metaData", new BsonDocument("actorId", new BsonString("person-1")));
    }

    @Test
    void theStoredBytesGiveTheDecodedDigest() {
        BsonDocument event = event();
        RawBsonDocument raw = new RawBsonDocument(event, new org.bson.codecs.BsonDocumentCodec());
        assertThat(CanonicalEvent.digest(raw)).isEqualTo(CanonicalEvent.digest((BsonDocument) event));
    }

    @Test
    void aMarkerOfAnUnusedNumberAndADocumentWithFieldsMissing() {
        BsonDocument marker = new BsonDocument("_id", new BsonInt32(3)).append("unused", new BsonString("refused"))
                                                                      .append("timestamp", new BsonDateTime(5));
        assertThat(CanonicalEvent.digest(new RawBsonDocument(marker, new org.bson.codecs.BsonDocumentCodec())))
                .isEqualTo(CanonicalEvent.digest((BsonDocument) marker));
    }

    @Test
    void anyByteChangedChangesIt() {
        RawBsonDocument raw = new RawBsonDocument(event(), new org.bson.codecs.BsonDocumentCodec());
        byte[] bytes = java.util.Arrays.copyOf(raw.getByteBuffer().array(), raw.getByteBuffer().remaining());
        byte[] digest = CanonicalEvent.digest(bytes, 0, bytes.length);
        assertThat(digest).isEqualTo(CanonicalEvent.digest((BsonDocument) event()));
        int at = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("person-1");
        bytes[at] = 'P';
        assertThat(CanonicalEvent.digest(bytes, 0, bytes.length)).isNotEqualTo(digest);
    }

    @Test
    void aRepeatedNameIsLeftToTheDecodedWay() {
        RawBsonDocument raw = new RawBsonDocument(new BsonDocument("payload", new BsonString("a")),
                                                  new org.bson.codecs.BsonDocumentCodec());
        byte[] one = java.util.Arrays.copyOf(raw.getByteBuffer().array(), raw.getByteBuffer().remaining());
        // { payload: "a", payload: "a" }: the element twice
        int element = one.length - 5;
        byte[] twice = new byte[one.length + element];
        System.arraycopy(one, 0, twice, 0, one.length - 1);
        System.arraycopy(one, 4, twice, one.length - 1, element);
        twice[twice.length - 1] = 0;
        java.nio.ByteBuffer.wrap(twice).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(0, twice.length);
        assertThat(CanonicalEvent.digest(twice, 0, twice.length)).isNull();
    }
}
