package fr.entente.web.problem;

import java.util.Arrays;
import java.util.List;

/**
 * A request the web layer itself refuses, for a {@link WebRefusal} and the values its sentence names.
 * {@link #getMessage()} is the code and the values, for logs.
 */
public class RequestRefusedException extends RuntimeException {

    private final WebRefusal refusal;
    private final List<Object> arguments;

    public RequestRefusedException(WebRefusal refusal, Object... arguments) {
        super(refusal.code() + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.refusal = refusal;
        this.arguments = Arrays.asList(arguments.clone());
    }

    public WebRefusal refusal() {
        return refusal;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
