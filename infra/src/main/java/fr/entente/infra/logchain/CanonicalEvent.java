package fr.entente.infra.logchain;

import org.bson.BsonBinaryWriter;
import org.bson.BsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.bson.codecs.EncoderContext;
import org.bson.io.BasicOutputBuffer;

import java.nio.ByteBuffer;
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

    /** The next link of the chain: the digest of the previous link, the entry's position and the entry's digest. */
    static byte[] link(byte[] previousLink, long position, byte[] digest) {
        MessageDigest sha256 = sha256();
        sha256.update(previousLink);
        sha256.update(ByteBuffer.allocate(Long.BYTES).putLong(position).array());
        sha256.update(digest);
        return sha256.digest();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
