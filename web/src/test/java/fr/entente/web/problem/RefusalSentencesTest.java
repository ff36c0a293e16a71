package fr.entente.web.problem;

import fr.entente.common.api.Refusal;
import fr.entente.cooperation.api.BodyRole;
import fr.entente.cooperation.api.CooperationRefusal;
import fr.entente.document.api.DocumentRefusal;
import fr.entente.forum.api.ForumRefusal;
import fr.entente.meeting.api.MeetingRefusal;
import fr.entente.web.audit.AuditRefusal;
import fr.entente.study.api.StudyRefusal;
import fr.entente.web.operations.OperationsRefusal;
import fr.entente.decision.api.DecisionRefusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Every refusal has its sentence in French and in English, which takes exactly the values its throw sites give
 * (the refusal's {@code arguments()}) and formats with them; every Bean Validation message a constraint names
 * exists in both languages.
 */
class RefusalSentencesTest {

    private static final List<Locale> LANGUAGES = List.of(Locale.FRENCH, Locale.ENGLISH);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    /** An apostrophe alone: MessageFormat would take it for a quote and drop it, with what follows. */
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");
    private static final Pattern VALIDATION_KEY = Pattern.compile("\"\\{(valid\\.[a-z.-]+)}\"");

    /** The bundles as the application reads them (spring.messages in application.yml). */
    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasenames("messages", "refusals");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    /** A sentence key and the names of its arguments, for every refusal of every context and of the web layer. */
    static Stream<Arguments> refusals() {
        Stream<Refusal> domain = Stream.of(MeetingRefusal.values(), CooperationRefusal.values(), AuditRefusal.values(),
                                           ForumRefusal.values(), DecisionRefusal.values(), DocumentRefusal.values(),
                                           OperationsRefusal.values(), StudyRefusal.values(),
                                           fr.entente.roadmap.api.RoadmapRefusal.values()).flatMap(Stream::of);
        return Stream.concat(
                domain.map(refusal -> Arguments.of(refusal.code(), refusal.sentenceKey(), refusal.arguments())),
                Stream.of(WebRefusal.values())
                      .map(refusal -> Arguments.of(refusal.code(), refusal.sentenceKey(), refusal.arguments())));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("refusals")
    void saysEveryRefusalInBothLanguagesWithTheValuesItIsGiven(String code, String key, List<String> arguments) {
        for (Locale language : LANGUAGES) {
            String sentence = rawSentence(key, language);

            assertThat(sentence).as(key + " in " + language).isNotBlank();
            assertThat(placeholders(sentence)).as("the values " + key + " names, in " + language)
                                              .isEqualTo(IntStream.range(0, arguments.size()).boxed().toList());
            if (arguments.isEmpty()) {
                assertThat(sentence).as(key + " in " + language + " is shown as written: one apostrophe")
                                    .doesNotContain("''");
            } else {
                assertThat(LONE_APOSTROPHE.matcher(sentence).find())
                        .as(key + " in " + language + " is a MessageFormat pattern: apostrophes written twice")
                        .isFalse();
                Object[] values = IntStream.range(0, arguments.size()).mapToObj(index -> 7_001 + index).toArray();
                assertThatCode(() -> MESSAGES.getMessage(key, values, language)).doesNotThrowAnyException();
                assertThat(MESSAGES.getMessage(key, values, language)).doesNotContain("{");
            }
        }
    }

    @Test
    void differsBetweenFrenchAndEnglish() {
        refusals().forEach(refusal -> {
            String key = (String) refusal.get()[1];
            assertThat(rawSentence(key, Locale.ENGLISH)).as(key).isNotEqualTo(rawSentence(key, Locale.FRENCH));
        });
    }

    @Test
    void wordsTheBodyRolesThatFillASentence() {
        for (BodyRole role : BodyRole.values()) {
            for (Locale language : LANGUAGES) {
                assertThat(rawSentence("BodyRole." + role.name(), language)).isNotBlank();
            }
        }
    }

    @Test
    void formatsANumberOfMinutesInWords() {
        assertThat(MESSAGES.getMessage("sign-in.throttled", new Object[]{1L}, Locale.FRENCH))
                .contains("réessayez dans 1 minute.");
        assertThat(MESSAGES.getMessage("sign-in.throttled", new Object[]{15L}, Locale.ENGLISH))
                .contains("try again in 15 minutes.");
    }

    @Test
    void hasEveryValidationMessageAConstraintNames() throws IOException {
        Set<String> named = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher key = VALIDATION_KEY.matcher(Files.readString(source));
                while (key.find()) {
                    named.add(key.group(1));
                }
            }
        }
        assertThat(named).contains("valid.title.size", "valid.reason.blank", "valid.password");
        for (String key : named) {
            for (Locale language : LANGUAGES) {
                assertThat(rawSentence(key, language)).as(key + " in " + language).isNotBlank();
            }
        }
    }

    /** The sentence as written in the bundle (no arguments: Spring does not format it). */
    private static String rawSentence(String key, Locale language) {
        return MESSAGES.getMessage(key, null, language);
    }

    private static List<Integer> placeholders(String sentence) {
        Matcher placeholder = PLACEHOLDER.matcher(sentence);
        TreeSet<Integer> indexes = new TreeSet<>();
        while (placeholder.find()) {
            indexes.add(Integer.parseInt(placeholder.group(1)));
        }
        return List.copyOf(indexes);
    }
}
