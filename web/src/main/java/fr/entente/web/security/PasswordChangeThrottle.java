package fr.entente.web.security;

import com.mongodb.client.MongoDatabase;
import fr.entente.infra.security.AccountsProperties;
import fr.entente.infra.security.SignInThrottle;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Slows the guessing of a signed-in person's current password through {@code /api/me/password} (a session left open
 * must not let anyone try passwords at will): the sign-in's limits, counted per person and per address, apart from
 * the sign-in's own counts.
 */
@Component
public class PasswordChangeThrottle {

    private final SignInThrottle throttle;

    PasswordChangeThrottle(MongoDatabase database, AccountsProperties properties) {
        this.throttle = new SignInThrottle(database, "password-change", properties.maxFailedSignIns(), properties.maxFailedSignInsPerAddress(),
                                           properties.firstLock(), properties.longestLock(), Clock.systemUTC());
    }

    public Optional<Duration> waitFor(String personId, String address) {
        return throttle.waitFor(personId, address);
    }

    public void failed(String personId, String address) {
        throttle.failed(personId, address);
    }

    public void succeeded(String personId, String address) {
        throttle.succeeded(personId, address);
    }
}
