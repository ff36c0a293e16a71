package fr.entente.web.security;

import fr.entente.infra.security.PeopleUserDetailsService;
import fr.entente.infra.security.SignInThrottle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * Who may reach what over HTTP. Form login at {@code /connexion} (a page for browsers; API clients post the same
 * form and get JSON), sign-out at {@code /deconnexion}, session cookies, CSRF protection on every unsafe request.
 * <p>
 * CSRF: the token lives in the {@code XSRF-TOKEN} cookie (readable by scripts, SameSite=Lax), set on every
 * response; pages send it as the {@code _csrf} form field, API clients copy it into the {@code X-XSRF-TOKEN}
 * header. The token is not masked per request (BREACH): responses carrying it are not compressed here.
 * <p>
 * What a signed-in person may see and do in a cooperation is decided per request from their memberships
 * ({@link CooperationAccess}) and, for commands, by the aggregate itself.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    static final String SIGN_IN_PAGE = "/connexion";

    @Bean
    public SecurityFilterChain securityFilterChain(HttpSecurity http, SignInHandlers signIn, SecurityProblems problems,
                                                   AuthenticationManager signInCheck) throws Exception {
        CookieCsrfTokenRepository csrfTokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
        csrfTokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(SIGN_IN_PAGE, "/invitation/**", "/api/invitations/**", "/api/csrf",
                                         "/calendrier/*",
                                         "/actuator/health", "/actuator/prometheus", "/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs/**",
                                         "/css/**", "/favicon.ico", "/error").permitAll()
                        .anyRequest().authenticated())
                .authenticationManager(signInCheck)
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
                .exceptionHandling(exceptions -> exceptions
                        .defaultAuthenticationEntryPointFor(problems, JsonClients.MATCHER)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(SIGN_IN_PAGE),
                                                            AnyRequestMatcher.INSTANCE)
                        .defaultAccessDeniedHandlerFor(problems, JsonClients.MATCHER))
                .httpBasic(basic -> basic.disable())
                .build();
    }

    /** Passwords checked against the {@code people} collection, behind the sign-in throttle. */
    @Bean
    public AuthenticationManager signInCheck(PeopleUserDetailsService people, PasswordEncoder passwordEncoder,
                                             SignInThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(people);
        passwords.setPasswordEncoder(passwordEncoder);
        return new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle));
    }
}
