package fr.entente.web.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/** The CSRF token for API clients that prefer asking to reading the XSRF-TOKEN cookie. */
@RestController
@Tag(name = "Connexion", description = "Sign in with POST /connexion (form fields username and password, header "
        + "X-XSRF-TOKEN, Accept: application/json): the session cookie then authenticates every request. Every "
        + "POST, PUT and DELETE carries the X-XSRF-TOKEN header, copied from the XSRF-TOKEN cookie. Sign out with "
        + "POST /deconnexion.")
public class CsrfController {

    @GetMapping(path = "/api/csrf", produces = "application/json")
    @Operation(summary = "The CSRF token to send in the X-XSRF-TOKEN header (also set in the XSRF-TOKEN cookie)")
    public Map<String, String> csrf(CsrfToken token) {
        return Map.of("headerName", token.getHeaderName(), "token", token.getToken());
    }
}
