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

    /** How long to wait, as the person reads it: whole minutes, at least one. */
    public long minutes() {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }
}
