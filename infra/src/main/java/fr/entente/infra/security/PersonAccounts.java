package fr.entente.infra.security;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.unset;

/**
 * People's accounts, in the {@value #COLLECTION} collection, outside the event log so that a person can be erased:
 * {@code {_id: personId, username, displayName, email, passwordHash, active, invitation: {tokenHash, expiresAt,
 * invitedBy}, createdAt}}. Usernames and e-mail addresses are unique, compared and stored in lower case; passwords
 * are BCrypt hashes; an invitation keeps the SHA-256 of its token, never the token. {@code language} is the one the
 * person last chose in the pages, which their e-mails are written in.
 */
public class PersonAccounts {

    public static final String COLLECTION = "people";

    private static final String ID = "_id";
    private static final String USERNAME = "username";
    private static final String DISPLAY_NAME = "displayName";
    private static final String EMAIL = "email";
    private static final String PASSWORD_HASH = "passwordHash";
    private static final String ACTIVE = "active";
    private static final String INVITATION = "invitation";
    private static final String TOKEN_HASH = "tokenHash";
    private static final String EXPIRES_AT = "expiresAt";
    private static final String INVITED_BY = "invitedBy";
    private static final String CREATED_AT = "createdAt";
    private static final String LANGUAGE = "language";

    private final MongoCollection<Document> people;
    private final PasswordEncoder passwords;
    private final Clock clock;

    public PersonAccounts(MongoDatabase database, PasswordEncoder passwords, Clock clock) {
        this.people = database.getCollection(COLLECTION);
        this.passwords = passwords;
        this.clock = clock;
        people.createIndex(Indexes.ascending(USERNAME), new IndexOptions().unique(true));
        people.createIndex(Indexes.ascending(EMAIL), new IndexOptions().unique(true));
        people.createIndex(Indexes.ascending(INVITATION + "." + TOKEN_HASH));
    }

    /**
     * An account that can sign in at once, for people created by the hub itself (demo data, first administrator).
     * Calling it again for the same person changes nothing and returns the account as stored.
     *
     * @throws AccountConflictException if another person has this username or e-mail address
     */
    public PersonAccount createActiveAccount(String personId, String username, String displayName, String email,
                                             String rawPassword) {
        Optional<PersonAccount> existing = find(personId);
        if (existing.isPresent()) {
            return existing.get();
        }
        Document account = newAccount(personId, username, displayName, email)
                .append(PASSWORD_HASH, passwords.encode(rawPassword))
                .append(ACTIVE, true);
        insert(account);
        return accountOf(account);
    }

    /**
     * An account that cannot sign in until the person sets a password with the returned one-time token.
     *
     * @throws AccountConflictException if another person has this username or e-mail address
     */
    public IssuedInvitation invite(String personId, String username, String displayName, String email,
                                   String invitedBy, Duration validity) {
        String token = InvitationTokens.newToken();
        Instant expiresAt = clock.instant().plus(validity);
        Document account = newAccount(personId, username, displayName, email)
                .append(ACTIVE, false)
                .append(INVITATION, new Document(TOKEN_HASH, InvitationTokens.hashOf(token))
                        .append(EXPIRES_AT, Date.from(expiresAt))
                        .append(INVITED_BY, invitedBy));
        insert(account);
        return new IssuedInvitation(accountOf(account), token, expiresAt);
    }

    /** Sets the password of the invited person and consumes the token; empty if it is unknown, used or expired. */
    public Optional<PersonAccount> acceptInvitation(String token, String rawPassword) {
        Document accepted = people.findOneAndUpdate(validInvitation(token), combine(set(PASSWORD_HASH, passwords.encode(rawPassword)),
                                                                   set(ACTIVE, true), unset(INVITATION)));
        return Optional.ofNullable(accepted).map(PersonAccounts::accountOf);
    }

    /** Whether this token opens a valid invitation, without consuming it (for the page that asks for a password). */
    public Optional<PersonAccount> invitationOf(String token) {
        return Optional.ofNullable(people.find(validInvitation(token)).first()).map(PersonAccounts::accountOf);
    }

    /** Replaces the password if {@code currentPassword} is the person's; false otherwise, and nothing changes. */
    public boolean changePassword(String personId, String currentPassword, String newPassword) {
        Document account = people.find(and(eq(ID, personId), eq(ACTIVE, true))).first();
        if (account == null || !passwords.matches(currentPassword, account.getString(PASSWORD_HASH))) {
            return false;
        }
        people.updateOne(eq(ID, personId), set(PASSWORD_HASH, passwords.encode(newPassword)));
        return true;
    }

    /** The account that has this username, or else this e-mail address (any case): one a new account cannot take. */
    public Optional<PersonAccount> holderOf(String username, String email) {
        Document holder = people.find(eq(USERNAME, canonical(username))).first();
        if (holder == null) {
            holder = people.find(eq(EMAIL, canonical(email))).first();
        }
        return Optional.ofNullable(holder).map(PersonAccounts::accountOf);
    }

    public Optional<PersonAccount> find(String personId) {
        return Optional.ofNullable(people.find(eq(ID, personId)).first()).map(PersonAccounts::accountOf);
    }

    /** The display names of these people, by person id; people without an account (erased, say) are left out. */
    public Map<String, String> displayNames(Collection<String> personIds) {
        Map<String, String> names = new HashMap<>();
        for (Document account : people.find(in(ID, personIds))) {
            names.put(account.getString(ID), account.getString(DISPLAY_NAME));
        }
        return names;
    }

    /** The language the person chose for the hub's pages and e-mails; French until they choose another. */
    public Locale languageOf(String personId) {
        Document account = people.find(eq(ID, personId)).projection(new Document(LANGUAGE, 1)).first();
        String tag = account == null ? null : account.getString(LANGUAGE);
        return tag == null || tag.isBlank() ? Locale.FRENCH : Locale.forLanguageTag(tag);
    }

    /** Remembers the language the person chose (its language code only: "fr", "en"). */
    public void chooseLanguage(String personId, Locale language) {
        people.updateOne(eq(ID, personId), set(LANGUAGE, language.getLanguage()));
    }

    /**
     * Erases a person's personal data: their account (username, name, e-mail, password, language, invitation) leaves
     * the hub; only their identifier remains, in the log. Signing in, and every link sent to them, stop working.
     */
    public void erase(String personId) {
        people.deleteOne(eq(ID, personId));
    }

    /** Removes an account, for an invitation whose registration in the cooperation was refused. */
    public void delete(String personId) {
        people.deleteOne(eq(ID, personId));
    }

    /** The principal of the active account with this username (any case). */
    Optional<PersonPrincipal> principalOf(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(people.find(and(eq(USERNAME, canonical(username)), eq(ACTIVE, true))).first())
                       .map(account -> new PersonPrincipal(account.getString(ID), account.getString(USERNAME),
                                                           account.getString(DISPLAY_NAME),
                                                           account.getString(PASSWORD_HASH)));
    }

    private Bson validInvitation(String token) {
        return and(eq(INVITATION + "." + TOKEN_HASH, InvitationTokens.hashOf(token)),
                   gt(INVITATION + "." + EXPIRES_AT, Date.from(clock.instant())));
    }

    private Document newAccount(String personId, String username, String displayName, String email) {
        return new Document(ID, personId)
                .append(USERNAME, canonical(username))
                .append(DISPLAY_NAME, displayName.strip())
                .append(EMAIL, canonical(email))
                .append(CREATED_AT, Date.from(clock.instant()));
    }

    /** Checks both unique fields first, to name the one taken; the unique indexes settle races. */
    private void insert(Document account) {
        for (String field : new String[] {USERNAME, EMAIL}) {
            if (people.find(eq(field, account.getString(field))).first() != null) {
                throw new AccountConflictException(field);
            }
        }
        try {
            people.insertOne(account);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            String message = e.getError().getMessage();
            throw new AccountConflictException(message.contains(EMAIL) ? EMAIL : message.contains("_id") ? "personId" : USERNAME);
        }
    }

    private static String canonical(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }

    private static PersonAccount accountOf(Document account) {
        return new PersonAccount(account.getString(ID), account.getString(USERNAME), account.getString(DISPLAY_NAME),
                                 account.getString(EMAIL), account.getBoolean(ACTIVE, false),
                                 account.getDate(CREATED_AT).toInstant());
    }
}
