package fr.entente.web.pages;

import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/** Reading the fields of a page's form: text as the API expects it, or an error under the field that says why not. */
public final class FormFields {

    private FormFields() {
    }

    /** The value read by {@code parser}, {@code null} if blank; an unreadable one leaves {@code null} and an error. */
    public static <T> T parse(String value, Function<String, T> parser, String field, Map<String, String> errors,
                       Function<String, String> unreadableMessage) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.strip());
        } catch (DateTimeParseException | IllegalArgumentException unreadable) {
            errors.put(field, unreadableMessage.apply(value));
            return null;
        }
    }

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** The constant of this name, or {@code null}: the API's validation then names the field. */
    public static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return Stream.of(type.getEnumConstants()).filter(value -> value.name().equals(name)).findFirst().orElse(null);
    }

    /** "person:<id>" or "organisation:<id>", as the pages' selects give them: {personId, organisationId}. */
    public static String[] party(String choice) {
        if (choice != null && choice.startsWith("person:")) {
            return new String[]{choice.substring("person:".length()), null};
        }
        if (choice != null && choice.startsWith("organisation:")) {
            return new String[]{null, choice.substring("organisation:".length())};
        }
        return new String[]{null, null};
    }
}
