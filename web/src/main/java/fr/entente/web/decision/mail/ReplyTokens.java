package fr.entente.web.decision.mail;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.IndexOptions;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

/**
 * The tokens of the arbitration mails' reply addresses ({@code vote+<token>@…}): one per decision and voter, 26
 * characters of base 32 (130 random bits, lower case, which every mail server keeps in the local part of an address),
 * kept in the {@value #COLLECTION} collection with the decision and the person they stand for. A token that is not
 * there stands for nothing.
 */
@Component
public class ReplyTokens {

    static final String COLLECTION = "decision_reply_tokens";

    /** What a reply token stands for. */
    public record Voter(String decisionId, String personId, String cooperationId) {
    }

    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MongoCollection<Document> tokens;

    ReplyTokens(MongoDatabase database) {
        this.tokens = database.getCollection(COLLECTION);
        tokens.createIndex(Indexes.ascending("decisionId", "personId"), new IndexOptions().unique(true));
    }

    /** The voter's token for this decision: the one issued before, or a new one. */
    public String of(String cooperationId, String decisionId, String personId) {
        Document known = tokens.find(and(eq("decisionId", decisionId), eq("personId", personId))).first();
        if (known != null) {
            return known.getString("_id");
        }
        String token = fresh();
        try {
            tokens.insertOne(new Document("_id", token).append("decisionId", decisionId).append("personId", personId)
                                                         .append("cooperationId", cooperationId));
            return token;
        } catch (MongoWriteException taken) {
            if (taken.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return of(cooperationId, decisionId, personId);
            }
            throw taken;
        }
    }

    public Optional<Voter> find(String token) {
        if (token == null || token.length() != 26) {
            return Optional.empty();
        }
        return Optional.ofNullable(tokens.find(eq("_id", token.toLowerCase(Locale.ROOT))).first())
                       .map(found -> new Voter(found.getString("decisionId"), found.getString("personId"),
                                               found.getString("cooperationId")));
    }

    private static String fresh() {
        StringBuilder token = new StringBuilder(26);
        for (int i = 0; i < 26; i++) {
            token.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return token.toString();
    }
}
