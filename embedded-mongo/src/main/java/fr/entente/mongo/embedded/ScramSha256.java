package fr.entente.mongo.embedded;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The server side of SCRAM-SHA-256 (RFC 5802 and RFC 7677) for one user, as MongoDB runs it over {@code saslStart}
 * and {@code saslContinue}: the server keeps only the salted keys (StoredKey, ServerKey), checks the client's proof,
 * and proves in turn that it knows the password. No channel binding (MongoDB drivers send {@code n,,}).
 */
final class ScramSha256 {

    static final String MECHANISM = "SCRAM-SHA-256";
    /** MongoDB's default for SCRAM-SHA-256. */
    static final int ITERATIONS = 15_000;
    private static final int SALT_BYTES = 28;
    private static final int NONCE_BYTES = 24;

    /** A failed authentication; the message is for the server's log, never sent to the client. */
    static final class AuthenticationFailed extends Exception {
        AuthenticationFailed(String reason) {
            super(reason, null, false, false);
        }
    }

    /** What the server remembers between the two steps of one conversation. */
    record Conversation(String gs2Header, String clientFirstBare, String serverFirst, String nonce) {
    }

    private final String username;
    private final byte[] salt;
    private final byte[] storedKey;
    private final byte[] serverKey;
    private final SecureRandom random;

    ScramSha256(String username, String password, SecureRandom random) {
        this.username = username;
        this.random = random;
        this.salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] saltedPassword = pbkdf2(SaslPrep.prepare(password), salt, ITERATIONS);
        byte[] clientKey = hmac(saltedPassword, "Client Key");
        this.storedKey = sha256(clientKey);
        this.serverKey = hmac(saltedPassword, "Server Key");
    }

    String username() {
        return username;
    }

    /** Reads client-first-message ({@code n,,n=user,r=nonce}) and answers server-first-message. */
    Conversation start(byte[] clientFirstMessage) throws AuthenticationFailed {
        String message = new String(clientFirstMessage, StandardCharsets.UTF_8);
        if (!message.startsWith("n,") && !message.startsWith("y,")) {
            throw new AuthenticationFailed("channel binding is not supported");
        }
        int headerEnd = message.indexOf(',', 2);
        if (headerEnd != 2) {
            throw new AuthenticationFailed("an authorization identity is not supported");
        }
        String gs2Header = message.substring(0, headerEnd + 1);
        String clientFirstBare = message.substring(headerEnd + 1);
        Map<Character, String> attributes = attributes(clientFirstBare);
        String user = attributes.get('n');
        String clientNonce = attributes.get('r');
        if (user == null || clientNonce == null || clientNonce.isEmpty()) {
            throw new AuthenticationFailed("malformed client-first-message");
        }
        if (!username.equals(saslName(user))) {
            throw new AuthenticationFailed("unknown user " + saslName(user));
        }
        byte[] serverNonce = new byte[NONCE_BYTES];
        random.nextBytes(serverNonce);
        String nonce = clientNonce + Base64.getEncoder().encodeToString(serverNonce);
        String serverFirst = "r=" + nonce + ",s=" + Base64.getEncoder().encodeToString(salt) + ",i=" + ITERATIONS;
        return new Conversation(gs2Header, clientFirstBare, serverFirst, nonce);
    }

    /** Checks client-final-message ({@code c=…,r=…,p=proof}) and answers server-final-message ({@code v=…}). */
    byte[] finish(Conversation conversation, byte[] clientFinalMessage) throws AuthenticationFailed {
        String message = new String(clientFinalMessage, StandardCharsets.UTF_8);
        int proofAt = message.lastIndexOf(",p=");
        if (proofAt < 0) {
            throw new AuthenticationFailed("malformed client-final-message");
        }
        String withoutProof = message.substring(0, proofAt);
        Map<Character, String> attributes = attributes(withoutProof);
        String channelBinding = Base64.getEncoder()
            .encodeToString(conversation.gs2Header().getBytes(StandardCharsets.UTF_8));
        if (!channelBinding.equals(attributes.get('c'))) {
            throw new AuthenticationFailed("channel binding does not match");
        }
        if (!conversation.nonce().equals(attributes.get('r'))) {
            throw new AuthenticationFailed("nonce does not match");
        }
        byte[] proof;
        try {
            proof = Base64.getDecoder().decode(message.substring(proofAt + 3));
        } catch (IllegalArgumentException e) {
            throw new AuthenticationFailed("malformed proof");
        }
        String authMessage = conversation.clientFirstBare() + "," + conversation.serverFirst() + "," + withoutProof;
        byte[] clientSignature = hmac(storedKey, authMessage);
        if (proof.length != clientSignature.length) {
            throw new AuthenticationFailed("malformed proof");
        }
        byte[] clientKey = new byte[proof.length];
        for (int i = 0; i < proof.length; i++) {
            clientKey[i] = (byte) (proof[i] ^ clientSignature[i]);
        }
        if (!MessageDigest.isEqual(sha256(clientKey), storedKey)) {
            throw new AuthenticationFailed("wrong password");
        }
        String serverFinal = "v=" + Base64.getEncoder().encodeToString(hmac(serverKey, authMessage));
        return serverFinal.getBytes(StandardCharsets.UTF_8);
    }

    private static Map<Character, String> attributes(String message) {
        Map<Character, String> attributes = new HashMap<>();
        for (String part : message.split(",")) {
            if (part.length() >= 2 && part.charAt(1) == '=') {
                attributes.putIfAbsent(part.charAt(0), part.substring(2));
            }
        }
        return attributes;
    }

    /** RFC 5802's saslname: "=2C" is a comma, "=3D" an equals sign. */
    private static String saslName(String value) {
        return value.replace("=2C", ",").replace("=3D", "=");
    }

    private static byte[] pbkdf2(String password, byte[] salt, int iterations) {
        try {
            SecretKeyFactory factory = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
            return factory.generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 256)).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is missing from this Java", e);
        }
    }

    private static byte[] hmac(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this Java", e);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
