package fr.entente.meeting;

import java.util.function.Supplier;

/** The fields a meeting command must fill in, or the exception telling a person what is missing. */
final class Required {

    private Required() {
    }

    /** A text without surrounding spaces. */
    static String text(String value, Supplier<? extends RuntimeException> whenBlank) {
        if (value == null || value.isBlank()) {
            throw whenBlank.get();
        }
        return value.strip();
    }

    /** A text that may be left out: {@code null} when blank, stripped otherwise. */
    static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** An identifier, kept exactly as given: callers generate identifiers, people do not type them. */
    static String id(String value, String field) {
        if (value == null || value.isBlank()) {
            throw fr.entente.meeting.api.MeetingFieldMissingException.id(field);
        }
        return value;
    }

    /** A choice, a date or a number. */
    static <T> T value(T value, Supplier<? extends RuntimeException> whenMissing) {
        if (value == null) {
            throw whenMissing.get();
        }
        return value;
    }
}
