package fr.entente.web.security;

import fr.entente.infra.security.PersonPrincipal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsChecker;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * A person removed from their last cooperation has nothing left to see: they may no longer sign in (told exactly what
 * a wrong password is told), and the session they had ends at their next request, which then goes on as anonymous
 * (401 for the API, the sign-in page for a browser). Read from the memberships at each request, so that a person
 * registered again in a cooperation is let in again.
 */
public class CooperationMembersOnly extends OncePerRequestFilter implements UserDetailsChecker {

    private final Memberships memberships;

    public CooperationMembersOnly(Memberships memberships) {
        this.memberships = memberships;
    }

    /** After the password is checked: only someone who knows it learns that they can no longer sign in. */
    @Override
    public void check(UserDetails person) {
        if (person instanceof PersonPrincipal principal && !memberships.belongsToACooperation(principal.personId())) {
            throw new DisabledException("The person belongs to no cooperation any more");
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.getPrincipal() instanceof PersonPrincipal person
            && !memberships.belongsToACooperation(person.personId())) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }
}
