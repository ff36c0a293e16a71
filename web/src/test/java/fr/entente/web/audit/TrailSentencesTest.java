package fr.entente.web.audit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every event type of the log, of every context, has its sentence in the audit trail in French and in English, and
 * each sentence names only what the event holds: its fields (and, for a field said with the bundle's words, a word
 * for each of its values), or the actor, organisation, body and meeting the trail knows. A context that adds an event
 * without its sentence fails here.
 */
class TrailSentencesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)(?::([A-Za-z.]+))?}");
    private static final Set<String> KNOWN = Set.of("actor", "organisation", "body", "meeting");
    private static final Set<String> NAMED = Set.of("person", "org", "body");

    @Test
    void everyEventTypeIsSaidInBothLanguagesWithWhatItHolds() {
        List<Class<?>> events = eventTypes();
        assertThat(events).as("the event types found").hasSizeGreaterThan(40);
        for (String language : List.of("", "_en")) {
            Properties sentences = bundle("audit-sentences" + language);
            Properties words = bundle("messages" + language);
            for (Class<?> event : events) {
                String sentence = sentences.getProperty(TrailSentences.PREFIX + event.getSimpleName());
                assertThat(sentence).as("the sentence of %s in '%s'", event.getSimpleName(), language).isNotBlank();
                Set<String> fields = Arrays.stream(event.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.toSet());
                Matcher placeholder = PLACEHOLDER.matcher(sentence);
                while (placeholder.find()) {
                    String name = placeholder.group(1);
                    String kind = placeholder.group(2);
                    assertThat(KNOWN.contains(name) || fields.contains(name))
                            .as("%s names {%s}, which it does not hold", event.getSimpleName(), name).isTrue();
                    if (kind != null && !NAMED.contains(kind)) {
                        Class<?> type = componentType(event, name);
                        assertThat(type.isEnum()).as("%s says {%s} with words: an enumeration", event.getSimpleName(), name).isTrue();
                        for (Object value : type.getEnumConstants()) {
                            assertThat(words.getProperty(kind + value)).as("the word for %s%s in '%s'", kind, value, language).isNotBlank();
                        }
                    }
                }
            }
        }
    }

    private static Class<?> componentType(Class<?> event, String name) {
        return Arrays.stream(event.getRecordComponents()).filter(component -> component.getName().equals(name))
                     .findFirst().orElseThrow().getType();
    }

    /** The events of every context: the records named {@code …Event} of the {@code fr.entente.<context>.api} packages. */
    static List<Class<?>> eventTypes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter((reader, factory) -> {
            String className = reader.getClassMetadata().getClassName();
            return className.endsWith("Event") && className.matches("fr\\.entente\\.[a-z]+\\.api\\.[A-Za-z]+")
                   && "java.lang.Record".equals(reader.getClassMetadata().getSuperClassName());
        });
        return scanner.findCandidateComponents("fr.entente").stream().<Class<?>>map(definition -> {
            try {
                return Class.forName(definition.getBeanClassName());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static Properties bundle(String name) {
        try (InputStream in = TrailSentencesTest.class.getResourceAsStream("/" + name + ".properties")) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
