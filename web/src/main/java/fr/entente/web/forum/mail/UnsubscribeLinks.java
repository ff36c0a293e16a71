package fr.entente.web.forum.mail;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import fr.entente.web.config.PublicUrl;
import org.bson.Document;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import static com.mongodb.client.model.Filters.eq;

/**
 * The unsubscribe link of every forum mail: {@code /desabonnement/<personId>/<signature>}, the signature an
 * HMAC-SHA256 of the person's identifier under a key the hub draws once and keeps in its store ({@value #COLLECTION}),
 * so that a link works without signing in, across restarts and nodes, and nobody can make one for someone else.
 */
@Component
public class UnsubscribeLinks {

    static final String COLLECTION = "forumMailKey";
    private static final String ALGORITHM = "HmacSHA256";

    private final byte[] key;
    private final PublicUrl publicUrl;

    UnsubscribeLinks(MongoDatabase database, PublicUrl publicUrl) {
        this.publicUrl = publicUrl;
        MongoCollection<Document> keys = database.getCollection(COLLECTION);
        Document stored = keys.find(eq("_id", "unsubscribe")).first();
        if (stored == null) {
            byte[] drawn = new byte[32];
            new SecureRandom().nextBytes(drawn);
            keys.replaceOne(eq("_id", "unsubscribe"), new Document("_id", "unsubscribe")
                    .append("key", Base64.getEncoder().encodeToString(drawn)), new ReplaceOptions().upsert(true));
            stored = keys.find(eq("_id", "unsubscribe")).first();
        }
        this.key = Base64.getDecoder().decode(stored.getString("key"));
    }

    public String linkFor(String personId) {
        return publicUrl.base() + "/desabonnement/" + personId + "/" + signature(personId);
    }

    public boolean valid(String personId, String signature) {
        return personId != null && signature != null
               && MessageDigest.isEqual(signature(personId).getBytes(), signature.getBytes());
    }

    private String signature(String personId) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return HexFormat.of().formatHex(mac.doFinal(personId.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
