package fr.entente.infra.eventstore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bson.AbstractBsonReader;
import org.bson.BsonBinaryReader;
import org.bson.BsonReader;
import org.bson.BsonType;
import org.bson.BsonWriter;
import org.bson.ByteBuf;
import org.bson.Document;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;
import org.bson.codecs.RawBsonDocumentCodec;
import org.bson.io.BsonInput;
import org.bson.io.BsonInputMark;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

import static fr.entente.infra.eventstore.EventDocumentMapper.AGGREGATE_IDENTIFIER;
import static fr.entente.infra.eventstore.EventDocumentMapper.AGGREGATE_TYPE;
import static fr.entente.infra.eventstore.EventDocumentMapper.EVENT_IDENTIFIER;
import static fr.entente.infra.eventstore.EventDocumentMapper.GLOBAL_SEQUENCE;
import static fr.entente.infra.eventstore.EventDocumentMapper.ID;
import static fr.entente.infra.eventstore.EventDocumentMapper.META_DATA;
import static fr.entente.infra.eventstore.EventDocumentMapper.PAYLOAD;
import static fr.entente.infra.eventstore.EventDocumentMapper.PAYLOAD_REVISION;
import static fr.entente.infra.eventstore.EventDocumentMapper.PAYLOAD_TYPE;
import static fr.entente.infra.eventstore.EventDocumentMapper.SEQUENCE_NUMBER;
import static fr.entente.infra.eventstore.EventDocumentMapper.TIMESTAMP;
import static fr.entente.infra.eventstore.EventDocumentMapper.UNUSED;

/**
 * Reads a document of the log straight from the reply's bytes into what the engine hands Axon ({@link StoredEvent}):
 * one copy of the document's bytes, then a parse of them that matches field names as bytes, and builds payload and
 * metadata as Jackson trees with field names taken from a small cache. No {@code Document}, no map of the top-level
 * fields, no name decoded for them: decoding the replies through the driver's reader into documents was, after the
 * index look-ups, most of an aggregate load's time (the profile's findings, README).
 * <p>
 * Only the shapes the engine writes are parsed this way (an event, a marker of an unused number, a snapshot, with
 * payload and metadata holding what JSON holds); any other document is decoded as before ({@link EventDocumentCodec}
 * and {@link EventDocumentMapper}), so that both ways give the same entries. Read-only: writes go through documents.
 */
final class StoredEventCodec implements Codec<StoredEvent> {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final RawBsonDocumentCodec RAW = new RawBsonDocumentCodec();
    private static final DecoderContext DECODING = DecoderContext.builder().build();

    private static final byte DOUBLE = 0x01;
    private static final byte STRING = 0x02;
    private static final byte DOCUMENT = 0x03;
    private static final byte ARRAY = 0x04;
    private static final byte BOOLEAN = 0x08;
    private static final byte DATE_TIME = 0x09;
    private static final byte NULL = 0x0A;
    private static final byte INT32 = 0x10;
    private static final byte INT64 = 0x12;

    private static final int F_ID = 0;
    private static final int F_AGGREGATE_TYPE = 1;
    private static final int F_AGGREGATE_IDENTIFIER = 2;
    private static final int F_SEQUENCE_NUMBER = 3;
    private static final int F_EVENT_IDENTIFIER = 4;
    private static final int F_TIMESTAMP = 5;
    private static final int F_PAYLOAD_TYPE = 6;
    private static final int F_PAYLOAD_REVISION = 7;
    private static final int F_PAYLOAD = 8;
    private static final int F_META_DATA = 9;
    private static final int F_UNUSED = 10;
    private static final byte[][] FIELDS = names(ID, AGGREGATE_TYPE, AGGREGATE_IDENTIFIER, SEQUENCE_NUMBER,
                                                 EVENT_IDENTIFIER, TIMESTAMP, PAYLOAD_TYPE, PAYLOAD_REVISION, PAYLOAD,
                                                 META_DATA, UNUSED);

    private static final int NAME_CACHE_SIZE = 1024;
    private static final int MAX_CACHED_NAME = 48;

    private final EventDocumentCodec documents;
    private final EventDocumentMapper mapper;
    /** Field names of payloads and metadata, by their bytes; racy but safe (entries are immutable). */
    private final CachedName[] nameCache = new CachedName[NAME_CACHE_SIZE];

    StoredEventCodec(EventDocumentCodec documents, EventDocumentMapper mapper) {
        this.documents = documents;
        this.mapper = mapper;
    }

    @Override
    public StoredEvent decode(BsonReader reader, DecoderContext context) {
        byte[] bson = bytesOf(reader, context);
        StoredEvent event = parse(bson);
        return event != null ? event : fromDocument(bson);
    }

    /** The document's bytes: copied from the reply's buffer as they are when the reader allows it. */
    private static byte[] bytesOf(BsonReader reader, DecoderContext context) {
        if (reader instanceof BsonBinaryReader binary && binary.getState() == AbstractBsonReader.State.VALUE
            && binary.getCurrentBsonType() == BsonType.DOCUMENT) {
            BsonInput input = binary.getBsonInput();
            BsonInputMark start = input.getMark(Integer.MAX_VALUE);
            int size = input.readInt32();
            start.reset();
            byte[] bson = new byte[size];
            input.readBytes(bson);
            start.reset();
            binary.skipValue();
            return bson;
        }
        ByteBuf buffer = RAW.decode(reader, context).getByteBuffer();
        byte[] bson = new byte[buffer.remaining()];
        buffer.get(bson);
        return bson;
    }

    /** The way of any document this class does not parse: decoded into a document, then mapped. */
    private StoredEvent fromDocument(byte[] bson) {
        Document document = documents.decode(new BsonBinaryReader(ByteBuffer.wrap(bson)), DECODING);
        long globalSequence = document.get(ID) instanceof Number number ? number.longValue() : -1;
        boolean unused = EventDocumentMapper.isUnusedNumber(document);
        return new StoredEvent(globalSequence, unused, EventDocumentMapper.timestampOf(document),
                               unused ? null : mapper.toDomainEntry(document));
    }

    /** The event, marker or snapshot, or null if the document is not of a shape this class parses. */
    private StoredEvent parse(byte[] b) {
        int end = b.length - 1;
        if (b.length < 5 || int32(b, 0) != b.length || b[end] != 0) {
            return null;
        }
        long globalSequence = -1;
        boolean unused = false;
        long timestamp = 0;
        boolean timestamped = false;
        boolean sequenced = false;
        long sequenceNumber = 0;
        String[] strings = new String[FIELDS.length];
        Object payload = null;
        Object metaData = null;
        int p = 4;
        while (p < end) {
            byte type = b[p++];
            int nameStart = p;
            while (p < end && b[p] != 0) {
                p++;
            }
            if (p >= end) {
                return null;
            }
            int field = field(b, nameStart, p - nameStart);
            p++;
            int valueEnd = valueEnd(b, p, type, end);
            if (valueEnd < 0) {
                return null;
            }
            switch (field) {
                case F_ID:
                    if (type == INT64) {
                        globalSequence = int64(b, p);
                    } else if (type == INT32) {
                        globalSequence = int32(b, p);
                    } else if (type != STRING) {
                        return null;
                    }
                    break;
                case F_SEQUENCE_NUMBER:
                    if (type == INT64) {
                        sequenceNumber = int64(b, p);
                    } else if (type == INT32) {
                        sequenceNumber = int32(b, p);
                    } else {
                        return null;
                    }
                    sequenced = true;
                    break;
                case F_TIMESTAMP:
                    if (type != DATE_TIME) {
                        return null;
                    }
                    timestamp = int64(b, p);
                    timestamped = true;
                    break;
                case F_AGGREGATE_TYPE:
                case F_AGGREGATE_IDENTIFIER:
                case F_EVENT_IDENTIFIER:
                case F_PAYLOAD_TYPE:
                case F_PAYLOAD_REVISION:
                    if (type == STRING) {
                        strings[field] = string(b, p);
                    } else if (type != NULL) {
                        return null;
                    }
                    break;
                case F_PAYLOAD:
                case F_META_DATA: {
                    Object value;
                    if (type == DOCUMENT) {
                        value = object(b, p);
                    } else if (type == STRING) {
                        value = string(b, p);
                    } else {
                        return null;
                    }
                    if (value == null) {
                        return null;
                    }
                    if (field == F_PAYLOAD) {
                        payload = value;
                    } else {
                        metaData = value;
                    }
                    break;
                }
                case F_UNUSED:
                    unused = true;
                    break;
                default:
                    break;
            }
            p = valueEnd;
        }
        if (!timestamped || (!unused && !sequenced)) {
            return null;
        }
        Instant at = Instant.ofEpochMilli(timestamp);
        if (unused) {
            return new StoredEvent(globalSequence, true, at, null);
        }
        if (globalSequence >= 0 && metaData instanceof ObjectNode tree) {
            tree.put(GLOBAL_SEQUENCE, globalSequence);
        }
        StoredEventEntry entry = new StoredEventEntry(strings[F_AGGREGATE_TYPE], strings[F_AGGREGATE_IDENTIFIER],
                                                      sequenceNumber, strings[F_EVENT_IDENTIFIER], at,
                                                      strings[F_PAYLOAD_TYPE], strings[F_PAYLOAD_REVISION], payload,
                                                      metaData);
        return new StoredEvent(globalSequence, false, at, entry);
    }

    /** The tree of the document at {@code start}, or null if it holds a value JSON text would not have given. */
    private ObjectNode object(byte[] b, int start) {
        ObjectNode object = NODES.objectNode();
        int end = start + int32(b, start) - 1;
        int p = start + 4;
        while (p < end) {
            byte type = b[p++];
            int nameStart = p;
            while (p < end && b[p] != 0) {
                p++;
            }
            if (p >= end) {
                return null;
            }
            String name = name(b, nameStart, p - nameStart);
            p++;
            int valueEnd = valueEnd(b, p, type, end);
            JsonNode value = valueEnd < 0 ? null : value(b, p, type);
            if (value == null) {
                return null;
            }
            object.set(name, value);
            p = valueEnd;
        }
        return object;
    }

    private ArrayNode array(byte[] b, int start) {
        ArrayNode array = NODES.arrayNode();
        int end = start + int32(b, start) - 1;
        int p = start + 4;
        while (p < end) {
            byte type = b[p++];
            while (p < end && b[p] != 0) {
                p++;
            }
            if (p >= end) {
                return null;
            }
            p++;
            int valueEnd = valueEnd(b, p, type, end);
            JsonNode value = valueEnd < 0 ? null : value(b, p, type);
            if (value == null) {
                return null;
            }
            array.add(value);
            p = valueEnd;
        }
        return array;
    }

    /** A JSON value, or null for a BSON type JSON text would not have given (as {@link EventDocumentCodec}). */
    private JsonNode value(byte[] b, int p, byte type) {
        switch (type) {
            case STRING:
                return NODES.textNode(string(b, p));
            case INT32:
                return NODES.numberNode(int32(b, p));
            case INT64:
                return NODES.numberNode(int64(b, p));
            case DOUBLE: {
                double number = Double.longBitsToDouble(int64(b, p));
                return Double.isFinite(number) ? NODES.numberNode(number) : null;
            }
            case BOOLEAN:
                return NODES.booleanNode(b[p] != 0);
            case NULL:
                return NODES.nullNode();
            case DOCUMENT:
                return object(b, p);
            case ARRAY:
                return array(b, p);
            default:
                return null;
        }
    }

    /**
     * Where the value of {@code type} at {@code p} ends, or -1 for a type this class does not read or a length that
     * goes past {@code limit}.
     */
    private static int valueEnd(byte[] b, int p, byte type, int limit) {
        int end;
        switch (type) {
            case DOUBLE:
            case DATE_TIME:
            case INT64:
                end = p + 8;
                break;
            case INT32:
                end = p + 4;
                break;
            case BOOLEAN:
                end = p + 1;
                break;
            case NULL:
                end = p;
                break;
            case STRING: {
                if (p + 4 > limit) {
                    return -1;
                }
                int length = int32(b, p);
                end = length < 1 ? -1 : p + 4 + length;
                if (end > 0 && end <= limit && b[end - 1] != 0) {
                    return -1;
                }
                break;
            }
            case DOCUMENT:
            case ARRAY: {
                if (p + 4 > limit) {
                    return -1;
                }
                int size = int32(b, p);
                end = size < 5 ? -1 : p + size;
                if (end > 0 && end <= limit && b[end - 1] != 0) {
                    return -1;
                }
                break;
            }
            default:
                return -1;
        }
        return end < 0 || end > limit ? -1 : end;
    }

    private static int field(byte[] b, int from, int length) {
        for (int i = 0; i < FIELDS.length; i++) {
            byte[] name = FIELDS[i];
            if (name.length == length && Arrays.equals(b, from, from + length, name, 0, length)) {
                return i;
            }
        }
        return -1;
    }

    private String name(byte[] b, int from, int length) {
        if (length > MAX_CACHED_NAME) {
            return new String(b, from, length, StandardCharsets.UTF_8);
        }
        int hash = length;
        for (int i = from; i < from + length; i++) {
            hash = 31 * hash + b[i];
        }
        int slot = (hash ^ (hash >>> 10)) & (NAME_CACHE_SIZE - 1);
        CachedName cached = nameCache[slot];
        if (cached != null && Arrays.equals(cached.bytes, 0, cached.bytes.length, b, from, from + length)) {
            return cached.name;
        }
        String name = new String(b, from, length, StandardCharsets.UTF_8);
        nameCache[slot] = new CachedName(Arrays.copyOfRange(b, from, from + length), name);
        return name;
    }

    private record CachedName(byte[] bytes, String name) {
    }

    private static String string(byte[] b, int p) {
        return new String(b, p + 4, int32(b, p) - 1, StandardCharsets.UTF_8);
    }

    private static int int32(byte[] b, int p) {
        return (b[p] & 0xff) | (b[p + 1] & 0xff) << 8 | (b[p + 2] & 0xff) << 16 | (b[p + 3] & 0xff) << 24;
    }

    private static long int64(byte[] b, int p) {
        return (int32(b, p) & 0xffffffffL) | ((long) int32(b, p + 4)) << 32;
    }

    private static byte[][] names(String... names) {
        byte[][] bytes = new byte[names.length][];
        for (int i = 0; i < names.length; i++) {
            bytes[i] = names[i].getBytes(StandardCharsets.UTF_8);
        }
        return bytes;
    }

    @Override
    public void encode(BsonWriter writer, StoredEvent value, EncoderContext context) {
        throw new UnsupportedOperationException("events are written as documents");
    }

    @Override
    public Class<StoredEvent> getEncoderClass() {
        return StoredEvent.class;
    }
}
