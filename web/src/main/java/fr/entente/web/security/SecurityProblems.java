package fr.entente.web.security;

import fr.entente.web.problem.ProblemWriter;
import fr.entente.web.problem.WebRefusal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

import java.io.IOException;

/** What API clients get from the security filters: 401 when not signed in, 403 for a missing CSRF token. */
@Component
public class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ProblemWriter problems;

    public SecurityProblems(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        response.setHeader("WWW-Authenticate", "FormBased realm=\"entente\"");
        problems.write(request, response, WebRefusal.SIGN_IN_REQUIRED);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
            throws IOException {
        problems.write(request, response, exception instanceof CsrfException ? WebRefusal.CSRF_TOKEN_MISSING
                                                                             : WebRefusal.FORBIDDEN);
    }
}
