package fr.entente.web.pages;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every page text and every refusal exists in French and in English, and every text a template names exists. */
class MessageBundlesTest {

    private static final Pattern MESSAGE_IN_TEMPLATE = Pattern.compile("#\\{([a-zA-Z][a-zA-Z0-9.]*)[}(]");

    @Test
    void frenchAndEnglishHaveTheSameTexts() throws IOException {
        assertThat(keys("messages_en.properties")).isEqualTo(keys("messages.properties"));
    }

    @Test
    void frenchAndEnglishHaveTheSameRefusals() throws IOException {
        assertThat(keys("refusals_en.properties")).isEqualTo(keys("refusals.properties"));
    }

    @Test
    void pageTextsAndRefusalsNeverShareAKey() throws IOException {
        assertThat(keys("refusals.properties")).doesNotContainAnyElementsOf(keys("messages.properties"));
    }

    @Test
    void everyTextATemplateNamesExists() throws IOException {
        Set<String> named = new TreeSet<>();
        try (Stream<Path> templates = Files.list(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.toList()) {
                Matcher message = MESSAGE_IN_TEMPLATE.matcher(Files.readString(template));
                while (message.find()) {
                    named.add(message.group(1));
                }
            }
        }
        assertThat(keys("messages.properties")).containsAll(named);
    }

    private static Set<String> keys(String bundle) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/" + bundle)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
