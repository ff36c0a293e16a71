package fr.entente.web.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.entente.infra.security.PersonPrincipal;
import fr.entente.web.problem.ProblemWriter;
import fr.entente.web.problem.Problems;
import fr.entente.web.problem.WebRefusal;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

/**
 * How a sign-in or sign-out ends: a browser is redirected (the sign-in page shows why it failed); an API client
 * gets 200 with who signed in, 401 or 429 problem details, or 204 after signing out.
 */
@Component
public class SignInHandlers implements AuthenticationSuccessHandler, AuthenticationFailureHandler, LogoutSuccessHandler {

    /** The sign-in page's parameter saying a sign-in failed; with a number of minutes, that it was throttled. */
    public static final String FAILED = "erreur";
    public static final String THROTTLED_MINUTES = "attente";

    private final ProblemWriter writer;
    private final Problems problems;
    private final ObjectMapper json;
    /** Back to the page the person asked for before signing in, or to the home page. */
    private final SavedRequestAwareAuthenticationSuccessHandler pages = new SavedRequestAwareAuthenticationSuccessHandler();

    public SignInHandlers(ProblemWriter writer, Problems problems, ObjectMapper json, RequestCache pageAskedFor) {
        this.writer = writer;
        this.problems = problems;
        this.json = json;
        this.pages.setRequestCache(pageAskedFor);
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException, ServletException {
        if (!JsonClients.MATCHER.matches(request)) {
            pages.onAuthenticationSuccess(request, response, authentication);
            return;
        }
        PersonPrincipal person = (PersonPrincipal) authentication.getPrincipal();
        // signing in renews the CSRF token: load the new one now, so that this response sets its cookie
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken renewed) {
            renewed.getToken();
        }
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), Map.of("personId", person.personId(),
                                                           "username", person.getUsername()));
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        Locale locale = problems.localeOf(request);
        ProblemDetail problem = exception instanceof SignInThrottledException throttled
                ? problems.of(locale, WebRefusal.SIGN_IN_THROTTLED, throttled.minutes())
                : problems.of(locale, WebRefusal.SIGN_IN_FAILED);
        if (exception instanceof SignInThrottledException throttled) {
            response.setHeader("Retry-After", String.valueOf(Math.max(1, (throttled.waitFor().toMillis() + 999) / 1000)));
        }
        if (JsonClients.MATCHER.matches(request)) {
            writer.write(request, response, problem);
            return;
        }
        // said by the page's address, not kept in a session: nobody gets a session before signing in
        response.sendRedirect(request.getContextPath() + "/connexion?" + FAILED
                              + (exception instanceof SignInThrottledException throttled
                                 ? "&" + THROTTLED_MINUTES + "=" + throttled.minutes() : ""));
    }

    @Override
    public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response,
                                Authentication authentication) throws IOException {
        if (JsonClients.MATCHER.matches(request)) {
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        response.sendRedirect(request.getContextPath() + "/connexion?deconnecte");
    }
}
