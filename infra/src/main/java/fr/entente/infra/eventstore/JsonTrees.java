package fr.entente.infra.eventstore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bson.types.Decimal128;

import java.util.List;
import java.util.Map;

/**
 * Turns a payload or metadata stored as an embedded document back into the JSON tree that Jackson reads, directly:
 * writing it out as JSON text and parsing that again cost most of a replay's time (the profile's first finding on the
 * reading side). Only the types JSON text parses into occur (strings, numbers, booleans, null, documents, arrays);
 * anything else answers null, and the caller falls back to JSON text.
 */
final class JsonTrees {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonTrees() {
    }

    /** The tree of a stored document, or null if it holds a value JSON text would not have given. */
    static ObjectNode of(Map<String, Object> document) {
        try {
            return object(document);
        } catch (UnsupportedValue e) {
            return null;
        }
    }

    private static ObjectNode object(Map<String, Object> document) {
        ObjectNode node = NODES.objectNode();
        for (Map.Entry<String, Object> field : document.entrySet()) {
            node.set(field.getKey(), value(field.getValue()));
        }
        return node;
    }

    @SuppressWarnings("unchecked")
    private static JsonNode value(Object value) {
        if (value == null) {
            return NODES.nullNode();
        } else if (value instanceof String text) {
            return NODES.textNode(text);
        } else if (value instanceof Integer number) {
            return NODES.numberNode(number);
        } else if (value instanceof Long number) {
            return NODES.numberNode(number);
        } else if (value instanceof Double number && Double.isFinite(number)) {
            return NODES.numberNode(number);
        } else if (value instanceof Boolean bool) {
            return NODES.booleanNode(bool);
        } else if (value instanceof Map<?, ?> map) {
            return object((Map<String, Object>) map);
        } else if (value instanceof List<?> list) {
            ArrayNode array = NODES.arrayNode(list.size());
            for (Object element : list) {
                array.add(value(element));
            }
            return array;
        } else if (value instanceof Decimal128 decimal && decimal.isFinite()) {
            return NODES.numberNode(decimal.bigDecimalValue());
        }
        throw new UnsupportedValue();
    }

    private static final class UnsupportedValue extends RuntimeException {
        UnsupportedValue() {
            super(null, null, false, false);
        }
    }
}
