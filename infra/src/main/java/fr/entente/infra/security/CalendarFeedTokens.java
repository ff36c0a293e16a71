package fr.entente.infra.security;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import org.bson.Document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Date;
import java.util.Optional;
import java.util.regex.Pattern;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.setOnInsert;

/**
 * The secret token in each person's calendar feed URL, in the {@value #COLLECTION} collection:
 * {@code {_id: personId, token, createdAt}}, with a unique index on {@code token}.
 * <p>
 * Why the token itself is stored, not its hash: a person must be able to see their URL again (to add it to a second
 * calendar application), and the token grants nothing but reading that person's meeting calendar. A database leak
 * would expose the feeds; {@link #regenerate} is the remedy, for one person or for all. Invitation tokens, which open
 * an account, are hashed instead ({@link PersonAccounts}).
 * <p>
 * Why a collection of its own rather than a field of the {@code people} account: the feed is a separate concern with
 * its own life cycle (regenerated without touching the account), and its lookup index stays out of the accounts.
 * Erasing a person must therefore also call {@link #forget}.
 */
public class CalendarFeedTokens {

    public static final String COLLECTION = "calendar_feed_tokens";

    private static final String ID = "_id";
    private static final String TOKEN = "token";
    private static final String CREATED_AT = "createdAt";
    /** 32 random bytes, base64url without padding: exactly 43 characters. */
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final MongoCollection<Document> tokens;
    private final Clock clock;

    public CalendarFeedTokens(MongoDatabase database, Clock clock) {
        this.tokens = database.getCollection(COLLECTION);
        this.clock = clock;
        tokens.createIndex(Indexes.ascending(TOKEN), new IndexOptions().unique(true));
    }

    /** The person's token, created on first use; the same one on every later call until {@link #regenerate}. */
    public String tokenOf(String personId) {
        try {
            return createIfAbsent(personId);
        } catch (MongoWriteException | MongoCommandException e) {
            // Two first calls at once: both upserts insert, the unique _id lets one through; the other now finds it.
            if (ErrorCategory.fromErrorCode(errorCode(e)) != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return createIfAbsent(personId);
        }
    }

    /** Whose feed this token opens; empty for an unknown, replaced or malformed token. */
    public Optional<String> personOf(String token) {
        if (token == null || !WELL_FORMED.matcher(token).matches()) {
            return Optional.empty();
        }
        Document found = tokens.find(eq(TOKEN, token)).first();
        // The index finds the candidate; the constant-time comparison is what decides.
        if (found == null || !sameToken(found.getString(TOKEN), token)) {
            return Optional.empty();
        }
        return Optional.of(found.getString(ID));
    }

    /** A new token for the person; the old one stops opening the feed at once. */
    public String regenerate(String personId) {
        String token = InvitationTokens.newToken();
        tokens.updateOne(eq(ID, personId), combine(set(TOKEN, token), set(CREATED_AT, Date.from(clock.instant()))),
                         new UpdateOptions().upsert(true));
        return token;
    }

    /** Removes the person's token, when the person is erased. */
    public void forget(String personId) {
        tokens.deleteOne(eq(ID, personId));
    }

    private String createIfAbsent(String personId) {
        Document stored = tokens.findOneAndUpdate(eq(ID, personId),
                combine(setOnInsert(TOKEN, InvitationTokens.newToken()), setOnInsert(CREATED_AT, Date.from(clock.instant()))),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return stored.getString(TOKEN);
    }

    private static int errorCode(RuntimeException e) {
        return e instanceof MongoWriteException write ? write.getError().getCode() : ((MongoCommandException) e).getErrorCode();
    }

    private static boolean sameToken(String stored, String given) {
        return MessageDigest.isEqual(stored.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII));
    }
}
