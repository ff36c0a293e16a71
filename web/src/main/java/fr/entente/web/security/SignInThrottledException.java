package fr.entente.web.security;

import org.springframework.security.core.AuthenticationException;

import java.time.Duration;

/** Too many failed sign-ins for this username or from this address: try again later. */
public class SignInThrottledException extends AuthenticationException {

    private final Duration wait;

    public SignInThrottledException(Duration wait) {
        super("Sign-in throttled for " + wait);
        this.wait = wait;
    }

    public Duration waitFor() {
        return wait;
    }

    /** What the person reads, on the sign-in page or in the API's problem details. */
    public String frenchMessage() {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        return "Trop de tentatives de connexion infructueuses. Par sécurité, réessayez dans " + minutes
               + (minutes == 1 ? " minute" : " minutes")
               + ". Si vous avez oublié votre mot de passe, demandez à un administrateur de vous inviter à nouveau.";
    }
}
