package fr.entente.web.security;

import fr.entente.infra.security.PersonPrincipal;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The person signed in for the current request. */
@Component
public class CurrentPerson {

    public PersonPrincipal get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof PersonPrincipal person)) {
            // the filter chain lets no anonymous request reach a controller that asks
            throw new AuthenticationCredentialsNotFoundException("No person is signed in");
        }
        return person;
    }

    public String personId() {
        return get().personId();
    }
}
