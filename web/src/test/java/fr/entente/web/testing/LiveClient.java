package fr.entente.web.testing;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.messaging.converter.CompositeMessageConverter;
import org.springframework.messaging.converter.MappingJackson2MessageConverter;
import org.springframework.messaging.converter.StringMessageConverter;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

import java.lang.reflect.Type;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A STOMP client of the hub's live updates (Spring's Java client over WebSocket at {@code /ws}), signed in by the
 * session cookie of a {@link SignedInSession}. ERROR frames the hub sends land in {@link #errors()}.
 */
public record LiveClient(StompSession session, BlockingQueue<String> errors) implements AutoCloseable {

    public static LiveClient connect(int port, SignedInSession person) throws Exception {
        WebSocketStompClient client = new WebSocketStompClient(new StandardWebSocketClient());
        // Live frames are JSON; ERROR frames are plain text.
        client.setMessageConverter(new CompositeMessageConverter(
                List.of(new MappingJackson2MessageConverter(), new StringMessageConverter())));
        WebSocketHttpHeaders handshake = new WebSocketHttpHeaders();
        handshake.add("Cookie", person.cookieHeader());
        BlockingQueue<String> errors = new LinkedBlockingQueue<>();
        StompSession session = client.connectAsync("ws://localhost:" + port + "/ws", handshake, new StompHeaders(),
                new StompSessionHandlerAdapter() {
                    @Override
                    public void handleFrame(StompHeaders headers, Object payload) {
                        errors.add(String.valueOf(headers.getFirst("message")));
                    }

                    @Override
                    public Type getPayloadType(StompHeaders headers) {
                        return String.class;
                    }

                    /** An ERROR frame whose body no converter reads is still an ERROR frame: its message is kept. */
                    @Override
                    public void handleException(StompSession session, StompCommand command, StompHeaders headers,
                                                byte[] payload, Throwable exception) {
                        if (command == StompCommand.ERROR) {
                            errors.add(String.valueOf(headers.getFirst("message")));
                        }
                    }
                }).get(10, TimeUnit.SECONDS);
        return new LiveClient(session, errors);
    }

    /** Subscribes to a live destination, as a client that last saw {@code since}; frames arrive in the queue. */
    public BlockingQueue<JsonNode> subscribe(String destination, long since) {
        BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
        StompHeaders headers = new StompHeaders();
        headers.setDestination(destination);
        headers.add("since", Long.toString(since));
        session.subscribe(headers, new StompFrameHandler() {
            @Override
            public Type getPayloadType(StompHeaders stompHeaders) {
                return JsonNode.class;
            }

            @Override
            public void handleFrame(StompHeaders stompHeaders, Object payload) {
                frames.add((JsonNode) payload);
            }
        });
        return frames;
    }

    @Override
    public void close() {
        try {
            session.disconnect();
        } catch (RuntimeException alreadyClosed) {
            // after an ERROR frame the hub has closed the connection itself
        }
    }
}
