package fr.entente.web.security;

import fr.entente.infra.security.PeopleUserDetailsService;
import fr.entente.infra.security.SignInThrottle;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.servletapi.SecurityContextHolderAwareRequestFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;

/**
 * Who may reach what over HTTP. Form login at {@code /connexion} (a page for browsers; API clients post the same
 * form and get JSON), sign-out at {@code /deconnexion}, session cookies, CSRF protection on every unsafe request.
 * <p>
 * No session exists before sign-in: the CSRF token lives in a cookie, the page asked for before signing in is kept in
 * a cookie too ({@link CookieRequestCache}), and the sign-in page says why a sign-in failed from its address. So
 * anonymous requests, however many, cost the server no memory.
 * <p>
 * CSRF: the token lives in the {@code XSRF-TOKEN} cookie (readable by scripts, SameSite=Lax), set on every
 * response; pages send it as the {@code _csrf} form field, API clients copy it into the {@code X-XSRF-TOKEN}
 * header. The token is not masked per request (BREACH): responses carrying it are not compressed here.
 * <p>
 * What a signed-in person may see and do in a cooperation is decided per request from their memberships
 * ({@link CooperationAccess}) and, for commands, by the aggregate itself; a person of no cooperation any more is let
 * go ({@link CooperationMembersOnly}). {@code /actuator}: see {@link OperationsAccess}.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    static final String SIGN_IN_PAGE = "/connexion";

    @Bean
    public SecurityFilterChain securityFilterChain(HttpSecurity http, SignInHandlers signIn, SecurityProblems problems,
                                                   AuthenticationManager signInCheck, RequestCache pageAskedFor,
                                                   SessionRegistry sessions, PersonSessions personSessions,
                                                   Memberships memberships, OperationsAccess operations)
            throws Exception {
        CookieCsrfTokenRepository csrfTokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
        csrfTokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/prometheus").access(operations.metrics())
                        .requestMatchers(SIGN_IN_PAGE, "/invitation/**", "/desabonnement/**", "/api/invitations/**",
                                         // the arbitration mails' signed links: the token is the voter's proof
                                         "/arbitrage/**", "/api/csrf",
                                         "/calendrier/*",
                                         "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness",
                                         "/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs/**",
                                         "/css/**", "/favicon.ico", "/error").permitAll()
                        .anyRequest().authenticated())
                .authenticationManager(signInCheck)
                .requestCache(cache -> cache.requestCache(pageAskedFor))
                .sessionManagement(session -> session
                        .sessionConcurrency(concurrency -> concurrency
                                .maximumSessions(-1)
                                .sessionRegistry(sessions)
                                .expiredSessionStrategy(personSessions)))
                .formLogin(form -> form
                        .loginPage(SIGN_IN_PAGE)
                        .loginProcessingUrl(SIGN_IN_PAGE)
                        .successHandler(signIn)
                        .failureHandler(signIn)
                        .permitAll())
                .logout(logout -> logout
                        .logoutUrl("/deconnexion")
                        .logoutSuccessHandler(signIn)
                        .deleteCookies("JSESSIONID"))
                .csrf(csrf -> csrf
                        .csrfTokenRepository(csrfTokens)
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler()))
                .addFilterAfter(new CsrfCookieFilter(), BasicAuthenticationFilter.class)
                .addFilterBefore(new CooperationMembersOnly(memberships), AnonymousAuthenticationFilter.class)
                .addFilterAfter(operations.administratorRole(), SecurityContextHolderAwareRequestFilter.class)
                .exceptionHandling(exceptions -> exceptions
                        .defaultAuthenticationEntryPointFor(problems, JsonClients.MATCHER)
                        .defaultAuthenticationEntryPointFor(problems, request -> request.getRequestURI()
                                .startsWith(request.getContextPath() + "/actuator/"))
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(SIGN_IN_PAGE),
                                                            AnyRequestMatcher.INSTANCE)
                        .defaultAccessDeniedHandlerFor(problems, JsonClients.MATCHER))
                .httpBasic(basic -> basic.disable())
                .build();
    }

    /**
     * No observation around each of the security chain's filters and decisions: on every request that wrapped some
     * fifteen filters in timers, about a tenth of a live page's refresh in a JFR profile, a small gain measured alone;
     * the requests' own timings ({@code http.server.requests}) stay.
     */
    @Bean
    public SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * Passwords checked against the {@code people} collection, behind the sign-in throttle; then, for the right
     * password only, whether the person still belongs to a cooperation.
     */
    @Bean
    public AuthenticationManager signInCheck(PeopleUserDetailsService people, PasswordEncoder passwordEncoder,
                                             SignInThrottle throttle, Memberships memberships) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(people);
        passwords.setPasswordEncoder(passwordEncoder);
        passwords.setPostAuthenticationChecks(new CooperationMembersOnly(memberships));
        return new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle));
    }

    /** The page a person asked for before signing in, kept in a cookie rather than in a session. */
    @Bean
    public RequestCache pageAskedFor() {
        return new CookieRequestCache();
    }

    /**
     * The sessions each person holds: from the store's sessions when the store keeps them ({@link SessionsInTheStore}),
     * so that a password change ends them on every node; else this node's memory.
     */
    @Bean
    public SessionRegistry sessionRegistry(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessionsInTheStore) {
        FindByIndexNameSessionRepository<? extends Session> store = sessionsInTheStore.getIfAvailable();
        return store == null ? new SessionRegistryImpl() : new SpringSessionBackedSessionRegistry<>(store);
    }

    @Bean
    public PersonSessions personSessions(SessionRegistry sessionRegistry, SecurityProblems problems) {
        return new PersonSessions(sessionRegistry, problems);
    }

    /** Tells the session registry when a session ends (sign-out, time-out), so that it forgets it. */
    @Bean
    public HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }
}
