package fr.entente.web.security;

import fr.entente.infra.security.PersonPrincipal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.function.Supplier;

/**
 * Who reads what of {@code /actuator}: the health's status is public (load balancers), its details (where the data
 * lives, each processor's position) go to people who administer a cooperation; the metrics go to a scraper that
 * sends {@code Authorization: Bearer <entente.operations.metrics-token>}, and to those administrators. Without a
 * token configured, no scraper reads them. Administration is read from the memberships at each request, never fixed
 * at sign-in.
 */
@Component
public class OperationsAccess {

    /** The role Spring Boot's health endpoint asks for ({@code management.endpoint.health.roles}). */
    public static final String ADMINISTRATOR_ROLE = "ADMINISTRATOR";

    private final Memberships memberships;
    private final byte[] metricsToken;

    OperationsAccess(Memberships memberships, @Value("${entente.operations.metrics-token:}") String metricsToken) {
        this.memberships = memberships;
        this.metricsToken = metricsToken.isBlank() ? null : metricsToken.strip().getBytes(StandardCharsets.UTF_8);
    }

    boolean administers(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof PersonPrincipal person
               && memberships.administersACooperation(person.personId());
    }

    /** The metrics' rule, for the security filter chain. */
    AuthorizationManager<RequestAuthorizationContext> metrics() {
        return new AuthorizationManager<>() {
            @Override
            @SuppressWarnings("deprecation")
            public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
                return new AuthorizationDecision(bearsTheMetricsToken(context.getRequest()) || administers(authentication.get()));
            }
        };
    }

    /** Lets Spring Boot's health endpoint ask {@code isUserInRole(ADMINISTRATOR)} of the request. */
    OncePerRequestFilter administratorRole() {
        return new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return !request.getRequestURI().startsWith(request.getContextPath() + "/actuator/");
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                chain.doFilter(new HttpServletRequestWrapper(request) {
                    @Override
                    public boolean isUserInRole(String role) {
                        return ADMINISTRATOR_ROLE.equals(role)
                                ? administers(SecurityContextHolder.getContext().getAuthentication())
                                : super.isUserInRole(role);
                    }
                }, response);
            }
        };
    }

    private boolean bearsTheMetricsToken(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (metricsToken == null || authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        byte[] given = authorization.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(metricsToken, given);
    }
}
