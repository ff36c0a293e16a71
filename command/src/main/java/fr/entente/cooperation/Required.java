package fr.entente.cooperation;

import java.util.function.Supplier;

/** The fields a command must fill in, or the exception telling a person what is missing. */
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

    /** An identifier, kept exactly as given: callers generate identifiers, people do not type them. */
    static String id(String value, Supplier<? extends RuntimeException> whenBlank) {
        if (value == null || value.isBlank()) {
            throw whenBlank.get();
        }
        return value;
    }

    /** A choice, such as a body's kind or a member's role. */
    static <T> T value(T value, Supplier<? extends RuntimeException> whenMissing) {
        if (value == null) {
            throw whenMissing.get();
        }
        return value;
    }
}
