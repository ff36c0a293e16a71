package fr.entente.common.api;

import java.util.List;

/**
 * Why a context refuses a command. Each context lists its refusals in one enum ({@code MeetingRefusal},
 * {@code CooperationRefusal}) and throws them with its one exception type; the sentence a person reads lives in the
 * web application's {@code refusals*.properties}, keyed by {@link #sentenceKey()}, in each language, with the
 * {@link #arguments()} as its <code>{0}</code>, <code>{1}</code>…
 */
public interface Refusal {

    /** What went wrong, so that {@code web} chooses a status without listing refusals. */
    enum Kind {
        /** The command's values are malformed, reserved or do not hold together (HTTP 422). */
        INVALID,
        /** A value the command needs is missing or blank (HTTP 422). */
        MISSING,
        /** The person acting lacks the role the command needs (HTTP 403). */
        NOT_ALLOWED,
        /** The command names something the aggregate does not know, or the person may not see (HTTP 404). */
        NOT_FOUND,
        /** The command clashes with the current state: a duplicate, the last administrator, a closed phase (HTTP 409). */
        CONFLICT,
        /** What the command brings is over a configured size, such as an uploaded file (HTTP 413). */
        TOO_LARGE
    }

    /** Stable and dotted, such as {@code cooperation.department-code-taken}: clients and tests key on it. */
    String code();

    Kind kind();

    /** The command field at fault unless the throw site names another; {@code null}: the command as a whole. */
    String field();

    /** What the sentence's <code>{0}</code>, <code>{1}</code>… stand for: every throw site gives these, in order. */
    List<String> arguments();

    /** The sentence's key: the code, unless a code clients already key on covers two situations. */
    default String sentenceKey() {
        return code();
    }
}
