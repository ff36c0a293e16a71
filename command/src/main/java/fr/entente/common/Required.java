package fr.entente.common;

import fr.entente.common.api.RefusedException;

import java.util.function.Supplier;

/**
 * The fields a command must fill in, or the refusal saying which is missing (each context throws its own exception,
 * with the refusal that names the field).
 */
public final class Required {

    private Required() {
    }

    /** A text without surrounding spaces. */
    public static String text(String value, Supplier<? extends RefusedException> whenBlank) {
        if (value == null || value.isBlank()) {
            throw whenBlank.get();
        }
        return value.strip();
    }

    /** A text that may be left out: {@code null} when blank, stripped otherwise. */
    public static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** An identifier, kept exactly as given: callers generate identifiers, people do not type them. */
    public static String id(String value, Supplier<? extends RefusedException> whenBlank) {
        if (value == null || value.isBlank()) {
            throw whenBlank.get();
        }
        return value;
    }

    /** A choice (a body's kind, a member's role), a date or a number. */
    public static <T> T value(T value, Supplier<? extends RefusedException> whenMissing) {
        if (value == null) {
            throw whenMissing.get();
        }
        return value;
    }
}
