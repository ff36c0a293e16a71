package fr.entente.web.decision.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The signed links of the arbitration mails: each names a decision, a voter and an option, and carries an HMAC-SHA256
 * of the three with the secret of {@code entente.decision.link-secret}, so that nobody can make a link for another
 * person, another decision or another option, nor change one. A link says nothing of its validity in time: it is
 * valid while the decision is open (it expires at the close) and can be used again to change the vote. The voter must
 * still be able to vote when the link is used (the aggregate checks it, as for any vote).
 * <p>
 * Without a configured secret the hub makes one at start: links then stop working when it restarts (a warning says
 * so); set the secret in production.
 */
@Component
public class VoteLinks {

    /** What a valid link stands for. */
    public record Ballot(String decisionId, String personId, String option) {
    }

    private static final Logger log = LoggerFactory.getLogger(VoteLinks.class);
    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();
    private static final String ALGORITHM = "HmacSHA256";

    private final byte[] secret;

    VoteLinks(@Value("${entente.decision.link-secret:}") String configured) {
        if (configured == null || configured.isBlank()) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            this.secret = random;
            log.warn("No entente.decision.link-secret is set: the arbitration mails' links stop working when the hub "
                     + "restarts. Set a secret of at least 32 characters.");
        } else {
            this.secret = configured.getBytes(StandardCharsets.UTF_8);
        }
    }

    /** The token of a link: decision, voter, option and their signature, each URL-safe, separated by dots. */
    public String token(String decisionId, String personId, String option) {
        String payload = part(decisionId) + "." + part(personId) + "." + part(option);
        return payload + "." + ENCODE.encodeToString(sign(payload));
    }

    /** What the token stands for, if it is whole and signed with this hub's secret; empty for anything else. */
    public Optional<Ballot> verify(String token) {
        if (token == null || token.length() > 2_000) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 4) {
            return Optional.empty();
        }
        try {
            byte[] given = DECODE.decode(parts[3]);
            byte[] expected = sign(parts[0] + "." + parts[1] + "." + parts[2]);
            if (!MessageDigest.isEqual(given, expected)) {
                return Optional.empty();
            }
            return Optional.of(new Ballot(text(parts[0]), text(parts[1]), text(parts[2])));
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    private byte[] sign(String payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    private static String part(String value) {
        return ENCODE.encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }

    private static String text(String part) {
        return new String(DECODE.decode(part), StandardCharsets.UTF_8);
    }
}
