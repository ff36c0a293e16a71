package fr.entente.web.application;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.util.OptionalLong;

/**
 * The position in the log of the last event the current request's commands appended, kept in the request: the page
 * that answers a form is shown once the read models it reads have reached it.
 */
public final class WrittenPosition {

    private static final String ATTRIBUTE = WrittenPosition.class.getName();

    private WrittenPosition() {
    }

    static void remember(long position) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(ATTRIBUTE, position, RequestAttributes.SCOPE_REQUEST);
        }
    }

    /** What this request's commands appended last, if any. */
    public static OptionalLong ofThisRequest() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Object position = request == null ? null : request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        return position instanceof Long value ? OptionalLong.of(value) : OptionalLong.empty();
    }
}
