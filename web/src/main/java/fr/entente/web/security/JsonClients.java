package fr.entente.web.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Requests of API clients: under {@code /api/}, or asking for JSON without asking for HTML. They get status codes
 * and problem details; browsers get redirects and pages.
 */
public final class JsonClients implements RequestMatcher {

    static final JsonClients MATCHER = new JsonClients();

    private JsonClients() {
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return true;
        }
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains(MediaType.APPLICATION_JSON_VALUE)
               && !accept.contains(MediaType.TEXT_HTML_VALUE);
    }
}
