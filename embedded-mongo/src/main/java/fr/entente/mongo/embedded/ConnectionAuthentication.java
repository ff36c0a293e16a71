package fr.entente.mongo.embedded;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import io.netty.util.AttributeKey;

/**
 * Requires every connection to authenticate (SCRAM-SHA-256, the hub's one user) before any command but those of the
 * handshake, as a MongoDB with access control does: {@code hello}/{@code isMaster} (which also carry the drivers'
 * mechanism negotiation and speculative authentication), {@code buildInfo}, {@code ping}, {@code saslStart},
 * {@code saslContinue}, {@code logout}. Anything else, reads and writes alike, is answered "Unauthorized" (code 13).
 * The state of each connection lives on its Netty channel.
 */
final class ConnectionAuthentication {

    private static final Logger log = LoggerFactory.getLogger(ConnectionAuthentication.class);

    private static final String ADMIN_DATABASE = "admin";
    private static final int CONVERSATION_ID = 1;
    private static final Set<String> BEFORE_AUTHENTICATION = Set.of(
        "hello", "ismaster", "buildinfo", "ping", "saslstart", "saslcontinue", "logout");

    private static final AttributeKey<State> STATE = AttributeKey.valueOf("entente.embedded-mongo.authentication");

    /** Where one connection stands. */
    private static final class State {
        ScramSha256.Conversation conversation;
        boolean awaitingFinalContinue;
        boolean skipEmptyExchange;
        boolean authenticated;
    }

    private final ScramSha256 scram;

    ConnectionAuthentication(ScramSha256 scram) {
        this.scram = scram;
    }

    boolean isAuthenticated(Channel channel) {
        return channel == null || state(channel).authenticated;
    }

    /**
     * Answers the commands of authentication, and refuses any other command of a connection not authenticated yet;
     * null lets the command run.
     */
    Document intercept(Channel channel, String databaseName, String command, Document query) {
        String name = command.toLowerCase(Locale.ROOT);
        switch (name) {
            case "saslstart":
                return saslStart(state(channel), databaseName, query);
            case "saslcontinue":
                return saslContinue(state(channel), query);
            case "logout":
                state(channel).authenticated = false;
                return ok(new Document());
            default:
                if (BEFORE_AUTHENTICATION.contains(name) || isAuthenticated(channel)) {
                    return null;
                }
                return unauthorized(command);
        }
    }

    /**
     * Adds to a {@code hello}/{@code isMaster} answer the mechanisms of the user a driver asks about
     * ({@code saslSupportedMechs}), and the first step of its speculative authentication, if it sent one.
     */
    void completeHello(Channel channel, Document query, Document response) {
        if (query.get("saslSupportedMechs") instanceof String user && user.equals(ADMIN_DATABASE + "." + scram.username())) {
            response.put("saslSupportedMechs", List.of(ScramSha256.MECHANISM));
        }
        if (query.get("speculativeAuthenticate") instanceof Document speculative
            && ScramSha256.MECHANISM.equals(speculative.get("mechanism"))) {
            Object database = speculative.getOrDefault("db", query.get("$db"));
            Document first = saslStart(state(channel), database instanceof String db ? db : ADMIN_DATABASE, speculative);
            if (Integer.valueOf(1).equals(first.get("ok"))) {
                first.remove("ok");
                response.put("speculativeAuthenticate", first);
            }
        }
    }

    private Document saslStart(State state, String databaseName, Document query) {
        state.conversation = null;
        state.authenticated = false;
        if (!ScramSha256.MECHANISM.equals(query.get("mechanism"))) {
            return failure("Received authentication for mechanism " + query.get("mechanism")
                + " which is not enabled", 334, "MechanismUnavailable");
        }
        if (!ADMIN_DATABASE.equals(databaseName)) {
            return authenticationFailed(state, "user " + scram.username() + " is defined in the admin database only");
        }
        try {
            state.conversation = scram.start(payload(query));
            state.skipEmptyExchange = query.get("options") instanceof Document options
                && Boolean.TRUE.equals(options.get("skipEmptyExchange"));
            return ok(new Document("conversationId", CONVERSATION_ID)
                .append("done", false)
                .append("payload", new BinData(state.conversation.serverFirst().getBytes(
                    java.nio.charset.StandardCharsets.UTF_8))));
        } catch (ScramSha256.AuthenticationFailed e) {
            return authenticationFailed(state, e.getMessage());
        }
    }

    private Document saslContinue(State state, Document query) {
        if (state.awaitingFinalContinue) {
            state.awaitingFinalContinue = false;
            state.authenticated = true;
            return ok(new Document("conversationId", CONVERSATION_ID).append("done", true)
                .append("payload", new BinData(new byte[0])));
        }
        if (state.conversation == null) {
            return authenticationFailed(state, "saslContinue without saslStart");
        }
        try {
            byte[] serverFinal = scram.finish(state.conversation, payload(query));
            state.conversation = null;
            if (state.skipEmptyExchange) {
                state.authenticated = true;
            } else {
                state.awaitingFinalContinue = true;
            }
            return ok(new Document("conversationId", CONVERSATION_ID).append("done", state.skipEmptyExchange)
                .append("payload", new BinData(serverFinal)));
        } catch (ScramSha256.AuthenticationFailed e) {
            return authenticationFailed(state, e.getMessage());
        }
    }

    private static byte[] payload(Document query) throws ScramSha256.AuthenticationFailed {
        Object payload = query.get("payload");
        if (payload instanceof BinData binary) {
            return binary.getData();
        }
        if (payload instanceof byte[] bytes) {
            return bytes;
        }
        if (payload instanceof String text) {
            return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        throw new ScramSha256.AuthenticationFailed("no payload");
    }

    private static State state(Channel channel) {
        State state = channel.attr(STATE).get();
        if (state == null) {
            state = new State();
            State raced = channel.attr(STATE).setIfAbsent(state);
            if (raced != null) {
                state = raced;
            }
        }
        return state;
    }

    private static Document authenticationFailed(State state, String reason) {
        state.conversation = null;
        state.awaitingFinalContinue = false;
        state.authenticated = false;
        log.warn("Refused an authentication to the embedded MongoDB server: {}", reason);
        return failure("Authentication failed.", 18, "AuthenticationFailed");
    }

    private static Document unauthorized(String command) {
        return failure("command " + command + " requires authentication", 13, "Unauthorized");
    }

    private static Document failure(String message, int code, String codeName) {
        return new Document("ok", 0).append("errmsg", message).append("code", code).append("codeName", codeName);
    }

    private static Document ok(Document response) {
        response.put("ok", 1);
        return response;
    }
}
