package fr.entente.infra.eventstore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bson.BsonReader;
import org.bson.BsonReaderMark;
import org.bson.BsonType;
import org.bson.BsonWriter;
import org.bson.Document;
import org.bson.codecs.BsonValueCodec;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.DocumentCodec;
import org.bson.codecs.EncoderContext;
import org.bson.codecs.configuration.CodecRegistry;

import java.util.Set;

import static fr.entente.infra.eventstore.EventDocumentMapper.META_DATA;
import static fr.entente.infra.eventstore.EventDocumentMapper.PAYLOAD;

/**
 * Reads event documents with their payload and metadata decoded straight from BSON into the Jackson trees Axon's
 * serializer reads, without building them as maps first (decoding into maps was the largest share of a replay's and
 * an aggregate load's time on the client side, after the BSON-to-JSON-text conversion it replaced). Any other field,
 * and every write, goes through the driver's own {@link DocumentCodec}. A payload holding a value JSON would not
 * have given (a date, an id…) is read as a plain document.
 */
final class EventDocumentCodec implements Codec<Document> {

    private static final Set<String> TREES = Set.of(PAYLOAD, META_DATA);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final BsonValueCodec VALUES = new BsonValueCodec();

    private final DocumentCodec documents;

    EventDocumentCodec(CodecRegistry registry) {
        this.documents = new DocumentCodec(registry);
    }

    @Override
    public Document decode(BsonReader reader, DecoderContext context) {
        Document document = new Document();
        reader.readStartDocument();
        while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
            String name = reader.readName();
            if (TREES.contains(name) && reader.getCurrentBsonType() == BsonType.DOCUMENT) {
                BsonReaderMark mark = reader.getMark();
                ObjectNode tree = tree(reader);
                if (tree != null) {
                    document.put(name, tree);
                    continue;
                }
                mark.reset();
            }
            document.put(name, readValue(reader, context));
        }
        reader.readEndDocument();
        return document;
    }

    /** The types the log's documents hold at the top level; anything else stays a {@code BsonValue}. */
    private Object readValue(BsonReader reader, DecoderContext context) {
        return switch (reader.getCurrentBsonType()) {
            case STRING -> reader.readString();
            case INT64 -> reader.readInt64();
            case INT32 -> reader.readInt32();
            case DATE_TIME -> new java.util.Date(reader.readDateTime());
            case NULL -> {
                reader.readNull();
                yield null;
            }
            case DOCUMENT -> documents.decode(reader, context);
            default -> VALUES.decode(reader, context);
        };
    }

    /** The tree of the document the reader is at, or null (the reader then stands anywhere) if JSON cannot hold it. */
    private static ObjectNode tree(BsonReader reader) {
        ObjectNode object = NODES.objectNode();
        reader.readStartDocument();
        while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
            String name = reader.readName();
            JsonNode value = value(reader);
            if (value == null) {
                return null;
            }
            object.set(name, value);
        }
        reader.readEndDocument();
        return object;
    }

    private static JsonNode value(BsonReader reader) {
        switch (reader.getCurrentBsonType()) {
            case STRING:
                return NODES.textNode(reader.readString());
            case INT32:
                return NODES.numberNode(reader.readInt32());
            case INT64:
                return NODES.numberNode(reader.readInt64());
            case DOUBLE: {
                double number = reader.readDouble();
                return Double.isFinite(number) ? NODES.numberNode(number) : null;
            }
            case BOOLEAN:
                return NODES.booleanNode(reader.readBoolean());
            case NULL:
                reader.readNull();
                return NODES.nullNode();
            case DOCUMENT:
                return tree(reader);
            case ARRAY: {
                ArrayNode array = NODES.arrayNode();
                reader.readStartArray();
                while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
                    JsonNode element = value(reader);
                    if (element == null) {
                        return null;
                    }
                    array.add(element);
                }
                reader.readEndArray();
                return array;
            }
            case DECIMAL128:
                return NODES.numberNode(reader.readDecimal128().bigDecimalValue());
            default:
                return null;
        }
    }

    @Override
    public void encode(BsonWriter writer, Document document, EncoderContext context) {
        documents.encode(writer, document, context);
    }

    @Override
    public Class<Document> getEncoderClass() {
        return Document.class;
    }
}
