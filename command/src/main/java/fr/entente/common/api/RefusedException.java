package fr.entente.common.api;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A command was refused; nothing changed. The base of each context's one exception type, and what {@code web}
 * turns into problem details: the refusal's code, the field at fault and the sentence in the reader's language,
 * filled with the {@link #arguments()} (identifiers, numbers, limits: never a person's name or e-mail).
 * <p>
 * {@link #getMessage()} is for logs: the code, the field and the arguments, no sentence.
 */
public abstract class RefusedException extends RuntimeException {

    private final Refusal refusal;
    private final String field;
    private final List<Object> arguments;

    protected RefusedException(Refusal refusal, String field, Object... arguments) {
        super(describe(refusal, field, arguments));
        if (arguments.length != refusal.arguments().size()) {
            throw new IllegalArgumentException(refusal.code() + " takes " + refusal.arguments() + ", not "
                                               + Arrays.toString(arguments));
        }
        this.refusal = refusal;
        this.field = field;
        this.arguments = Collections.unmodifiableList(Arrays.asList(arguments.clone()));
    }

    public Refusal refusal() {
        return refusal;
    }

    public String code() {
        return refusal.code();
    }

    public Refusal.Kind kind() {
        return refusal.kind();
    }

    /** The command field at fault, such as {@code departmentCode}, or {@code null}. */
    public String field() {
        return field;
    }

    public List<Object> arguments() {
        return arguments;
    }

    private static String describe(Refusal refusal, String field, Object[] arguments) {
        return refusal.code() + (field == null ? "" : " on " + field)
               + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments));
    }
}
