package fr.entente.web.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.entente.live.query.LiveUpdate;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.util.MimeTypeUtils;

import java.nio.charset.StandardCharsets;

/**
 * The updates of one topic going to one STOMP subscription, each position once and in order: an update that both the
 * catch-up and the live feed carry is sent once.
 * <p>
 * Each message's body is {@code {"topic", "position", "type", "changes", "data"}} ({@code data} only for the topics
 * that carry their state), and its {@code position} header is what the client sends back as {@code since} when it
 * reconnects.
 */
public final class LiveStream {

    private final String sessionId;
    private final String subscriptionId;
    private final String destination;
    private final MessageChannel clientOutbound;
    private final ObjectMapper json;
    private long lastSent;

    LiveStream(String sessionId, String subscriptionId, String destination, long since, MessageChannel clientOutbound,
               ObjectMapper json) {
        this.sessionId = sessionId;
        this.subscriptionId = subscriptionId;
        this.destination = destination;
        this.lastSent = since;
        this.clientOutbound = clientOutbound;
        this.json = json;
    }

    synchronized void send(LiveUpdate update) {
        if (update.position() <= lastSent) {
            return;
        }
        SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.create(SimpMessageType.MESSAGE);
        headers.setSessionId(sessionId);
        headers.setSubscriptionId(subscriptionId);
        headers.setDestination(destination);
        headers.setContentType(MimeTypeUtils.APPLICATION_JSON);
        headers.setNativeHeader("position", Long.toString(update.position()));
        headers.setLeaveMutable(true);
        clientOutbound.send(MessageBuilder.createMessage(body(update), headers.getMessageHeaders()));
        lastSent = update.position();
    }

    /**
     * The frame around the update's JSON, written around it rather than parsed and written again for each subscriber.
     */
    private byte[] body(LiveUpdate update) {
        try {
            String frame = "{\"topic\":" + json.writeValueAsString(update.topic())
                           + ",\"position\":" + update.position()
                           + ",\"type\":" + json.writeValueAsString(update.type())
                           + ",\"changes\":" + json.writeValueAsString(update.changes())
                           + (update.json() == null ? "" : ",\"data\":" + update.json()) + "}";
            return frame.getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A live update's topic or type cannot be written: " + update.topic(), e);
        }
    }
}
