package fr.entente.web.problem;

import java.io.IOException;

/** A request body grew past the limit while it was read (a body sent without its length). */
public class RequestBodyTooLargeException extends IOException {

    public RequestBodyTooLargeException(long limit) {
        super("Request body larger than " + limit + " bytes");
    }
}
