package fr.entente.mongo.embedded;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;

import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * Compact binary form of BSON values inside MVStore pages.
 * <p>
 * Documents are stored as BSON (mongo-java-server's own wire encoder and decoder), which is far smaller and
 * faster than the Java serialization H2's default {@code ObjectDataType} falls back to for them. Single values
 * (document positions, index keys) get a one-byte tag and a short payload for the common types, and a
 * one-field BSON document for the rest. Missing is stored as null.
 */
final class BsonCodec {

    private static final byte NULL = 0;
    private static final byte DOUBLE = 1;
    private static final byte INT = 2;
    private static final byte LONG = 3;
    private static final byte STRING = 4;
    private static final byte OBJECT_ID = 5;
    private static final byte FALSE = 6;
    private static final byte TRUE = 7;
    private static final byte DATE = 8;
    private static final byte UUID_VALUE = 9;
    private static final byte DOCUMENT = 10;
    private static final byte LIST = 11;
    private static final byte OTHER = 12;

    private static final String WRAPPER_FIELD = "v";

    private BsonCodec() {
    }

    static void writeValue(WriteBuffer buffer, Object value) {
        if (value == null || value instanceof Missing) {
            buffer.put(NULL);
        } else if (value instanceof Double d) {
            buffer.put(DOUBLE).putDouble(d);
        } else if (value instanceof Integer i) {
            buffer.put(INT).putVarInt(i);
        } else if (value instanceof Long l) {
            buffer.put(LONG).putVarLong(l);
        } else if (value instanceof String s) {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            buffer.put(STRING).putVarInt(bytes.length).put(bytes);
        } else if (value instanceof ObjectId objectId) {
            buffer.put(OBJECT_ID).put(objectId.toByteArray());
        } else if (value instanceof Boolean b) {
            buffer.put(b ? TRUE : FALSE);
        } else if (value instanceof Instant instant) {
            buffer.put(DATE).putVarLong(instant.getEpochSecond()).putVarInt(instant.getNano());
        } else if (value instanceof UUID uuid) {
            buffer.put(UUID_VALUE).putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
        } else if (value instanceof Document document) {
            buffer.put(DOCUMENT);
            writeBson(buffer, document);
        } else if (value instanceof List<?> list) {
            buffer.put(LIST).putVarInt(list.size());
            for (Object element : list) {
                writeValue(buffer, element);
            }
        } else {
            buffer.put(OTHER);
            writeBson(buffer, new Document(WRAPPER_FIELD, value));
        }
    }

    static Object readValue(ByteBuffer buffer) {
        byte tag = buffer.get();
        switch (tag) {
            case NULL:
                return null;
            case DOUBLE:
                return buffer.getDouble();
            case INT:
                return DataUtils.readVarInt(buffer);
            case LONG:
                return DataUtils.readVarLong(buffer);
            case STRING: {
                byte[] bytes = new byte[DataUtils.readVarInt(buffer)];
                buffer.get(bytes);
                return new String(bytes, StandardCharsets.UTF_8);
            }
            case OBJECT_ID: {
                byte[] bytes = new byte[12];
                buffer.get(bytes);
                return new ObjectId(bytes);
            }
            case FALSE:
                return Boolean.FALSE;
            case TRUE:
                return Boolean.TRUE;
            case DATE:
                return Instant.ofEpochSecond(DataUtils.readVarLong(buffer), DataUtils.readVarInt(buffer));
            case UUID_VALUE:
                return new UUID(buffer.getLong(), buffer.getLong());
            case DOCUMENT:
                return readBson(buffer);
            case LIST: {
                int size = DataUtils.readVarInt(buffer);
                List<Object> list = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    list.add(readValue(buffer));
                }
                return list;
            }
            case OTHER:
                return readBson(buffer).get(WRAPPER_FIELD);
            default:
                throw new IllegalStateException("unknown value tag " + tag + " at " + (buffer.position() - 1));
        }
    }

    static void writeBson(WriteBuffer buffer, Document document) {
        ByteBuf bson = Unpooled.buffer(256);
        try {
            BsonEncoder.encodeDocument(document, bson);
            int length = bson.readableBytes();
            buffer.putInt(length);
            buffer.put(bson.array(), bson.arrayOffset() + bson.readerIndex(), length);
        } finally {
            bson.release();
        }
    }

    /** A document's BSON bytes. */
    static byte[] encode(Document document) {
        ByteBuf bson = Unpooled.buffer(512);
        try {
            BsonEncoder.encodeDocument(document, bson);
            byte[] bytes = new byte[bson.readableBytes()];
            bson.readBytes(bytes);
            return bytes;
        } finally {
            bson.release();
        }
    }

    static Document decode(byte[] bson) {
        return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bson));
    }

    static Document readBson(ByteBuffer buffer) {
        int length = buffer.getInt();
        byte[] bytes = new byte[length];
        buffer.get(bytes);
        return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bytes));
    }

    /** A rough in-memory size, used by the MVStore to decide when to split pages and how much to cache. */
    static int estimateMemory(Object value) {
        if (value == null || value instanceof Missing || value instanceof Boolean) {
            return 8;
        } else if (value instanceof String s) {
            return 40 + 2 * s.length();
        } else if (value instanceof Map<?, ?> map) {
            int size = 64;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                size += 48 + 2 * String.valueOf(entry.getKey()).length() + estimateMemory(entry.getValue());
            }
            return size;
        } else if (value instanceof Collection<?> collection) {
            int size = 40;
            for (Object element : collection) {
                size += 8 + estimateMemory(element);
            }
            return size;
        }
        return 24;
    }
}
