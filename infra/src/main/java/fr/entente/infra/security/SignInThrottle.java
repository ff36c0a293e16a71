package fr.entente.infra.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Slows down password guessing where it comes from, never the person guessed at. After {@code maxFailures} failed
 * sign-ins for a username from one client address, or {@code maxFailuresPerAddress} from one address whatever the
 * usernames (higher: a centre's staff share an address), each further failure locks that username at that address,
 * or that address, for a delay that doubles, from {@code firstLock} up to {@code longestLock}. A username is never
 * locked for every address: its owner, from another address, still signs in while someone guesses at it (the length
 * and strength asked of passwords make guessing from many addresses hopeless). A successful sign-in clears its
 * username's count at that address, not the address's.
 * <p>
 * The same class slows the guessing of a signed-in person's current password (when changing it), keyed by person.
 * <p>
 * The counters live in this node's memory (Caffeine, bounded, forgotten a day after the last failure): a restart
 * forgets them and each node of a cluster counts on its own. That is acceptable for throttling; a shared store
 * would be needed for a strict lockout.
 */
public class SignInThrottle {

    private record Failures(int count, Instant lockedUntil) {
    }

    private final Cache<String, Failures> failures = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterWrite(Duration.ofDays(1))
            .build();
    private final int maxFailures;
    private final int maxFailuresPerAddress;
    private final Duration firstLock;
    private final Duration longestLock;
    private final Clock clock;

    public SignInThrottle(int maxFailures, int maxFailuresPerAddress, Duration firstLock, Duration longestLock,
                          Clock clock) {
        this.maxFailures = maxFailures;
        this.maxFailuresPerAddress = maxFailuresPerAddress;
        this.firstLock = firstLock;
        this.longestLock = longestLock;
        this.clock = clock;
    }

    /** How long this username, or this address, must still wait before trying again; empty if it may try now. */
    public Optional<Duration> waitFor(String username, String address) {
        Instant now = clock.instant();
        Instant until = later(lockedUntil(usernameKey(username, address)), lockedUntil(addressKey(address)));
        return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    public void failed(String username, String address) {
        count(usernameKey(username, address), maxFailures);
        count(addressKey(address), maxFailuresPerAddress);
    }

    public void succeeded(String username, String address) {
        failures.invalidate(usernameKey(username, address));
    }

    private void count(String key, int allowed) {
        Instant now = clock.instant();
        failures.asMap().compute(key, (ignored, previous) -> {
            int count = previous == null ? 1 : previous.count() + 1;
            return new Failures(count, count < allowed ? Instant.MIN : now.plus(lockAfter(count - allowed)));
        });
    }

    /** {@code firstLock} at the failure that reaches the limit, then twice as long at each further one. */
    private Duration lockAfter(int failuresBeyondLimit) {
        Duration lock = firstLock.multipliedBy(1L << Math.min(failuresBeyondLimit, 20));
        return lock.compareTo(longestLock) > 0 ? longestLock : lock;
    }

    private Instant lockedUntil(String key) {
        Failures known = failures.getIfPresent(key);
        return known == null ? Instant.MIN : known.lockedUntil();
    }

    private static Instant later(Instant one, Instant other) {
        return one.isAfter(other) ? one : other;
    }

    private static String usernameKey(String username, String address) {
        return "username:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT)) + "@" + address;
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
