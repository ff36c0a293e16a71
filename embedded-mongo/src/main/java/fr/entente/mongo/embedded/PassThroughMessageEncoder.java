package fr.entente.mongo.embedded;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.BsonConstants;
import de.bwaldvogel.mongo.wire.MongoWireMessageEncoder;
import de.bwaldvogel.mongo.wire.OpCode;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;

/**
 * mongo-java-server's OP_MSG encoder, which also writes {@link StoredBson} values: their bytes as they are, as an
 * embedded document. Every other value is encoded by mongo-java-server's {@link BsonEncoder}, as before.
 * <p>
 * mongo-java-server puts its own encoder in each connection's pipeline when the connection opens;
 * {@link #install(Channel)} replaces it, before the first reply that carries stored BSON.
 */
final class PassThroughMessageEncoder extends MongoWireMessageEncoder {

    private static final Logger log = LoggerFactory.getLogger(PassThroughMessageEncoder.class);

    /** Puts this encoder in the place of mongo-java-server's on the channel, if not done already. */
    static void install(Channel channel) {
        if (channel.pipeline().get(PassThroughMessageEncoder.class) == null) {
            channel.pipeline().replace(MongoWireMessageEncoder.class, PassThroughMessageEncoder.class.getSimpleName(),
                new PassThroughMessageEncoder());
        }
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, MongoMessage message, ByteBuf buf) {
        int start = buf.writerIndex();
        buf.writeIntLE(0); // the length, written last
        buf.writeIntLE(message.getHeader().getRequestID());
        buf.writeIntLE(message.getHeader().getResponseTo());
        buf.writeIntLE(OpCode.OP_MSG.getId());
        buf.writeIntLE(message.getFlags());
        buf.writeByte(MongoMessage.SECTION_KIND_BODY);
        Document document = message.getDocument();
        try {
            encodeDocument(document, buf);
        } catch (RuntimeException e) {
            log.error("Failed to encode {}", document, e);
            ctx.channel().close();
            throw e;
        }
        buf.setIntLE(start, buf.writerIndex() - start);
    }

    static void encodeDocument(Map<String, ?> document, ByteBuf out) {
        int start = out.writerIndex();
        out.writeIntLE(0);
        for (Map.Entry<String, ?> entry : document.entrySet()) {
            encodeElement(entry.getKey(), entry.getValue(), out);
        }
        out.writeByte(BsonConstants.TERMINATING_BYTE);
        out.setIntLE(start, out.writerIndex() - start);
    }

    private static void encodeElement(String key, Object value, ByteBuf out) {
        if (value instanceof StoredBson stored) {
            out.writeByte(BsonConstants.TYPE_EMBEDDED_DOCUMENT);
            writeKey(key, out);
            out.writeBytes(stored.bytes());
        } else if (value instanceof Map<?, ?> map) {
            out.writeByte(BsonConstants.TYPE_EMBEDDED_DOCUMENT);
            writeKey(key, out);
            @SuppressWarnings("unchecked")
            Map<String, ?> document = (Map<String, ?>) map;
            encodeDocument(document, out);
        } else if (value instanceof Collection<?> || value instanceof String[]) {
            out.writeByte(BsonConstants.TYPE_ARRAY);
            writeKey(key, out);
            encodeArray(value instanceof String[] strings ? Arrays.asList(strings) : (Collection<?>) value, out);
        } else {
            byte type = BsonEncoder.determineType(value);
            out.writeByte(type);
            writeKey(key, out);
            BsonEncoder.encodeValue(type, value, out);
        }
    }

    private static void encodeArray(Collection<?> values, ByteBuf out) {
        int start = out.writerIndex();
        out.writeIntLE(0);
        int index = 0;
        for (Object value : values) {
            encodeElement(Integer.toString(index++), value, out);
        }
        out.writeByte(BsonConstants.TERMINATING_BYTE);
        out.setIntLE(start, out.writerIndex() - start);
    }

    private static void writeKey(String key, ByteBuf out) {
        out.writeCharSequence(key, StandardCharsets.UTF_8);
        out.writeByte(BsonConstants.STRING_TERMINATION);
    }
}
