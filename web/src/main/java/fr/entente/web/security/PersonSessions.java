package fr.entente.web.security;

import fr.entente.infra.security.PersonPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.session.SessionInformationExpiredEvent;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;

import java.io.IOException;

/**
 * The sessions each person has open (Spring Security's session registry: this node's, or every node's when the store
 * keeps the sessions), so that changing one's password ends the others: whoever held one of them has to sign in again, with the new password. A session ended
 * this way answers its next request as a request without session does: 401 problem details for the API, the
 * sign-in page for a browser.
 */
public class PersonSessions implements SessionInformationExpiredStrategy {

    private final SessionRegistry registry;
    private final SecurityProblems problems;

    public PersonSessions(SessionRegistry registry, SecurityProblems problems) {
        this.registry = registry;
        this.problems = problems;
    }

    /** Ends every session of this person but the one given (the request's own, which goes on). */
    public void endAllBut(PersonPrincipal person, String keptSessionId) {
        for (SessionInformation session : registry.getAllSessions(person, false)) {
            if (!session.getSessionId().equals(keptSessionId)) {
                session.expireNow();
            }
        }
    }

    @Override
    public void onExpiredSessionDetected(SessionInformationExpiredEvent event) throws IOException {
        HttpServletRequest request = event.getRequest();
        HttpServletResponse response = event.getResponse();
        if (JsonClients.MATCHER.matches(request)) {
            problems.commence(request, response, null);
        } else {
            response.sendRedirect(request.getContextPath() + SecurityConfiguration.SIGN_IN_PAGE);
        }
    }
}
