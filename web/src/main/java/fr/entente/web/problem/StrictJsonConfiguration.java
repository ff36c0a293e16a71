package fr.entente.web.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

/**
 * The API reads exactly what it is sent, or refuses it: a date is {@code yyyy-MM-dd} (Jackson would otherwise take
 * {@code 2026-06-09T10:00} and drop the time), and a string is text ({@link MalformedTextException}). Only the API's
 * own mapper is concerned; the event log's serializer is another.
 */
@Configuration(proxyBeanMethods = false)
public class StrictJsonConfiguration {

    private static final DateTimeFormatter DATE_ONLY = DateTimeFormatter.ofPattern("uuuu-MM-dd")
                                                                        .withResolverStyle(ResolverStyle.STRICT);

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictDatesAndTexts() {
        return builder -> builder.deserializerByType(LocalDate.class, new LocalDateDeserializer(DATE_ONLY))
                                 .deserializerByType(String.class, new WellFormedStrings());
    }

    /** Jackson's own string reading, then a check that no surrogate stands alone. */
    static final class WellFormedStrings extends StdScalarDeserializer<String> {

        WellFormedStrings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && hasLoneSurrogate(text)) {
                throw new MalformedTextException(parser);
            }
            return text;
        }

        private static boolean hasLoneSurrogate(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    return true;
                }
            }
            return false;
        }
    }
}
