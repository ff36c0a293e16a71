package fr.entente.web.problem;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** A request the web layer itself refuses, with the problem details to answer. */
public class RequestRefusedException extends RuntimeException {

    private final ProblemDetail problem;

    public RequestRefusedException(HttpStatus status, String code, String field, String message) {
        super(message);
        this.problem = Problems.of(status, code, field, message);
    }

    public ProblemDetail problem() {
        return problem;
    }
}
