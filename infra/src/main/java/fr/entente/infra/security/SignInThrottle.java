package fr.entente.infra.security;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Slows down password guessing where it comes from, never the person guessed at. After {@code maxFailures} failed
 * sign-ins for a username from one client address, or {@code maxFailuresPerAddress} from one address whatever the
 * usernames (higher: a centre's staff share an address), each further failure locks that username at that address,
 * or that address, for a delay that doubles, from {@code firstLock} up to {@code longestLock}. A username is never
 * locked for every address: its owner, from another address, still signs in while someone guesses at it (the length
 * and strength asked of passwords make guessing from many addresses hopeless). A successful sign-in clears its
 * username's count at that address, not the address's.
 * <p>
 * The same class slows the guessing of a signed-in person's current password (when changing it), keyed by person,
 * under a purpose of its own.
 * <p>
 * The counts live in the hub's store ({@value #COLLECTION}), so that every node of a cluster counts the same failures
 * and a restart forgets none: a guesser gains nothing by spreading attempts over the nodes behind one address or by
 * waiting for a deployment. Each count is kept under the SHA-256 of its purpose, username and address (no username or
 * address is stored) and forgotten a day after its last failure.
 */
public class SignInThrottle {

    public static final String COLLECTION = "throttle_failures";
    private static final Duration MEMORY = Duration.ofDays(1);

    private final MongoCollection<Document> failures;
    private final String purpose;
    private final int maxFailures;
    private final int maxFailuresPerAddress;
    private final Duration firstLock;
    private final Duration longestLock;
    private final Clock clock;

    public SignInThrottle(MongoDatabase database, String purpose, int maxFailures, int maxFailuresPerAddress,
                          Duration firstLock, Duration longestLock, Clock clock) {
        this.failures = database.getCollection(COLLECTION);
        this.purpose = purpose;
        this.maxFailures = maxFailures;
        this.maxFailuresPerAddress = maxFailuresPerAddress;
        this.firstLock = firstLock;
        this.longestLock = longestLock;
        this.clock = clock;
        // MongoDB drops forgotten counts itself; where the store does not, a forgotten count reads as none
        failures.createIndex(Indexes.ascending("forgetAt"), new IndexOptions().expireAfter(0L, TimeUnit.SECONDS));
    }

    /** How long this username, or this address, must still wait before trying again; empty if it may try now. */
    public Optional<Duration> waitFor(String username, String address) {
        Instant now = clock.instant();
        Instant until = later(lockedUntil(usernameKey(username, address), now), lockedUntil(addressKey(address), now));
        return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    public void failed(String username, String address) {
        count(usernameKey(username, address), maxFailures);
        count(addressKey(address), maxFailuresPerAddress);
    }

    public void succeeded(String username, String address) {
        failures.deleteOne(Filters.eq("_id", usernameKey(username, address)));
    }

    /** One more failure, counted atomically in the store whichever node saw it; locks from the limit on. */
    private void count(String key, int allowed) {
        Instant now = clock.instant();
        failures.deleteOne(Filters.and(Filters.eq("_id", key), Filters.lte("forgetAt", Date.from(now))));
        Document counted = failures.findOneAndUpdate(
                Filters.eq("_id", key),
                Updates.combine(Updates.inc("count", 1), Updates.set("forgetAt", Date.from(now.plus(MEMORY)))),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        int count = counted == null ? 1 : counted.getInteger("count", 1);
        if (count >= allowed) {
            failures.updateOne(Filters.eq("_id", key),
                               Updates.set("lockedUntil", Date.from(now.plus(lockAfter(count - allowed)))));
        }
    }

    /** {@code firstLock} at the failure that reaches the limit, then twice as long at each further one. */
    private Duration lockAfter(int failuresBeyondLimit) {
        Duration lock = firstLock.multipliedBy(1L << Math.min(failuresBeyondLimit, 20));
        return lock.compareTo(longestLock) > 0 ? longestLock : lock;
    }

    private Instant lockedUntil(String key, Instant now) {
        Document known = failures.find(Filters.and(Filters.eq("_id", key), Filters.gt("forgetAt", Date.from(now)))).first();
        Date until = known == null ? null : known.getDate("lockedUntil");
        return until == null ? Instant.MIN : until.toInstant();
    }

    private static Instant later(Instant one, Instant other) {
        return one.isAfter(other) ? one : other;
    }

    private String usernameKey(String username, String address) {
        return digest(purpose + "\u0000username\u0000" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT))
                      + "\u0000" + address);
    }

    private String addressKey(String address) {
        return digest(purpose + "\u0000address\u0000" + address);
    }

    private static String digest(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
