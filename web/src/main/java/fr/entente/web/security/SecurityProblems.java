package fr.entente.web.security;

import fr.entente.web.problem.ProblemWriter;
import fr.entente.web.problem.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
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
        problems.write(request, response, Problems.of(HttpStatus.UNAUTHORIZED, "auth.required", null,
                "Connectez-vous d'abord : POST /connexion avec username et password (formulaire), puis renvoyez "
                + "le cookie de session avec chaque requête."));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
            throws IOException {
        if (exception instanceof CsrfException) {
            problems.write(request, response, Problems.of(HttpStatus.FORBIDDEN, "auth.csrf-token-missing", null,
                    "Le jeton anti-falsification (CSRF) manque ou ne correspond pas. Lisez le cookie XSRF-TOKEN "
                    + "(GET /api/csrf le renouvelle) et renvoyez sa valeur dans l'en-tête X-XSRF-TOKEN."));
        } else {
            problems.write(request, response, Problems.of(HttpStatus.FORBIDDEN, "auth.forbidden", null,
                    "Vous n'avez pas le droit de faire cela."));
        }
    }
}
