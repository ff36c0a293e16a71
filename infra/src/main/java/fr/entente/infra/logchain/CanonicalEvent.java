package fr.entente.infra.logchain;

import org.bson.BsonBinaryWriter;
import org.bson.BsonDocument;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.bson.codecs.EncoderContext;
import org.bson.io.BasicOutputBuffer;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * The canonical form of one entry of the log, which the chain digests: its aggregate, sequence, identifier, time,
 * type, revision, payload and metadata (or, for a number marked unused, why), in this fixed order and as stored,
 * encoded as BSON. Any byte changed in any of them changes it. The position is not part of it but of the link, so
 * that an entry moved to another position is recognised there as moved, not only as different.
 */
final class CanonicalEvent {

    /** The fields that make an entry, in the order they are digested; a missing one is left out. */
    static final List<String> FIELDS = List.of("aggregateType", "aggregateIdentifier", "sequenceNumber",
                                               "eventIdentifier", "timestamp", "payloadType", "payloadRevision",
                                               "payload", "metaData", "unused");

    private static final BsonDocumentCodec CODEC = new BsonDocumentCodec();
    private static final byte[][] NAMES = FIELDS.stream().map(name -> name.getBytes(StandardCharsets.UTF_8))
                                                .toArray(byte[][]::new);

    private CanonicalEvent() {
    }

    static byte[] digest(BsonDocument stored) {
        BsonDocument canonical = new BsonDocument();
        for (String field : FIELDS) {
            if (stored.containsKey(field)) {
                canonical.append(field, stored.get(field));
            }
        }
        BasicOutputBuffer buffer = new BasicOutputBuffer(1024);
        try (BsonBinaryWriter writer = new BsonBinaryWriter(buffer)) {
            CODEC.encode(writer, canonical, EncoderContext.builder().build());
        }
        return sha256().digest(buffer.toByteArray());
    }

    /**
     * The same digest taken from the stored bytes, without decoding them: the canonical form is the stored elements of
     * {@link #FIELDS}, in that order, framed as a BSON document, which is what {@link #digest(BsonDocument)} writes
     * for any document the driver decodes and encodes back unchanged (every document the engine writes). For one it
     * would not (a string that is not valid UTF-8, a repeated field name), the two digests differ, and the verifier,
     * finding this one unlike the kept digest, takes the decoded way before calling the entry altered. Null when the
     * document holds at its top level a type this method does not measure, or is malformed: then the decoded way.
     */
    static byte[] digest(byte[] b, int offset, int length) {
        int limit = offset + length;
        if (length < 5 || ByteBuffer.wrap(b, offset, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt() != length
            || b[limit - 1] != 0) {
            return null;
        }
        int[] starts = new int[NAMES.length];
        int[] ends = new int[NAMES.length];
        int p = offset + 4;
        while (p < limit - 1) {
            int start = p;
            byte type = b[p++];
            int nameStart = p;
            while (p < limit && b[p] != 0) {
                p++;
            }
            if (p >= limit) {
                return null;
            }
            int nameEnd = p++;
            int end = valueEnd(b, p, type, limit - 1);
            if (end < 0) {
                return null;
            }
            int field = field(b, nameStart, nameEnd - nameStart);
            if (field >= 0) {
                if (ends[field] != 0) {
                    return null; // a repeated name: the decoded way keeps the last value at the first's place
                }
                starts[field] = start;
                ends[field] = end;
            }
            p = end;
        }
        if (p != limit - 1) {
            return null;
        }
        int size = 5;
        for (int i = 0; i < NAMES.length; i++) {
            size += ends[i] - starts[i];
        }
        MessageDigest sha256 = sha256();
        sha256.update(new byte[]{(byte) size, (byte) (size >>> 8), (byte) (size >>> 16), (byte) (size >>> 24)});
        for (int i = 0; i < NAMES.length; i++) {
            if (ends[i] != 0) {
                sha256.update(b, starts[i], ends[i] - starts[i]);
            }
        }
        sha256.update((byte) 0);
        return sha256.digest();
    }

    /** {@link #digest(byte[], int, int)} of a raw document's bytes. */
    static byte[] digest(RawBsonDocument stored) {
        ByteBuffer bytes = stored.getByteBuffer().asNIO();
        if (!bytes.hasArray()) {
            return digest((BsonDocument) stored);
        }
        return digest(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
    }

    private static int field(byte[] b, int from, int length) {
        for (int i = 0; i < NAMES.length; i++) {
            byte[] name = NAMES[i];
            if (name.length == length && java.util.Arrays.equals(b, from, from + length, name, 0, length)) {
                return i;
            }
        }
        return -1;
    }

    /** Where the value of {@code type} at {@code p} ends, or -1 for a type not measured here or past {@code limit}. */
    static int valueEnd(byte[] b, int p, byte type, int limit) {
        int end;
        switch (type) {
            case 0x01, 0x09, 0x11, 0x12 -> end = p + 8; // double, date, timestamp, int64
            case 0x10 -> end = p + 4; // int32
            case 0x08 -> end = p + 1; // boolean
            case 0x0A, 0x06, (byte) 0xFF, 0x7F -> end = p; // null, undefined, min and max key
            case 0x07 -> end = p + 12; // object id
            case 0x13 -> end = p + 16; // decimal128
            case 0x02, 0x0D, 0x0E -> { // string, code, symbol
                int n = p + 4 <= limit ? int32(b, p) : -1;
                end = n < 1 ? -1 : p + 4 + n;
            }
            case 0x03, 0x04 -> { // document, array
                int n = p + 4 <= limit ? int32(b, p) : -1;
                end = n < 5 ? -1 : p + n;
            }
            case 0x05 -> { // binary
                int n = p + 4 <= limit ? int32(b, p) : -1;
                end = n < 0 ? -1 : p + 5 + n;
            }
            default -> end = -1;
        }
        return end < 0 || end > limit ? -1 : end;
    }

    private static int int32(byte[] b, int p) {
        return (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8 | (b[p + 2] & 0xFF) << 16 | (b[p + 3] & 0xFF) << 24;
    }

    /** The next link of the chain: the digest of the previous link, the entry's position and the entry's digest. */
    static byte[] link(byte[] previousLink, long position, byte[] digest) {
        MessageDigest sha256 = sha256();
        sha256.update(previousLink);
        for (int shift = 56; shift >= 0; shift -= 8) {
            sha256.update((byte) (position >>> shift));
        }
        sha256.update(digest);
        return sha256.digest();
    }

    /** This thread's SHA-256, reset (asking the providers for one each time showed in the verifier's profile). */
    static MessageDigest sha256() {
        MessageDigest sha256 = SHA256.get();
        sha256.reset();
        return sha256;
    }

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    });
}
