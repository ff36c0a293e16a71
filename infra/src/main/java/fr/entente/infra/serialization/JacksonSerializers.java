package fr.entente.infra.serialization;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * The serializers of the log, all JSON, so that events, snapshots, messages and tokens read as JSON in MongoDB.
 */
public final class JacksonSerializers {

    private JacksonSerializers() {
    }

    /** Events (records), messages and tokens. Unknown properties are ignored so that old readers survive new fields. */
    public static JacksonSerializer messages() {
        return JacksonSerializer.builder().objectMapper(baseMapper()).lenientDeserialization().build();
    }

    /**
     * Snapshots of aggregates: their state is private fields, with no getters, so Jackson reads fields. Strict: a
     * snapshot that no longer matches its aggregate's fields fails to read, and Axon then loads the aggregate from its
     * events instead of from a snapshot that would silently lose state.
     */
    public static JacksonSerializer snapshots() {
        ObjectMapper mapper = baseMapper()
                .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .setVisibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY);
        return JacksonSerializer.builder().objectMapper(mapper).build();
    }

    private static ObjectMapper baseMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .registerModule(new Jdk8Module())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                // Untyped numbers (metadata values) read back as they were written by Java code: as longs.
                .enable(DeserializationFeature.USE_LONG_FOR_INTS);
    }
}
