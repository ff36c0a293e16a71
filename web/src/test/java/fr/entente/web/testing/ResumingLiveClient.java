package fr.entente.web.testing;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.messaging.converter.CompositeMessageConverter;
import org.springframework.messaging.converter.MappingJackson2MessageConverter;
import org.springframework.messaging.converter.StringMessageConverter;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A page's live connection as the page's script keeps it: subscribed to one topic, and when the connection drops
 * (its node died), connected again through the same address every half second until it is, subscribing with the last
 * position it received as {@code since}. It records each frame's position, and for each subscription the range its
 * first frame covers (a client that comes back gets one frame for all it missed, {@code since} exclusive to that
 * frame's position inclusive), so that a test can tell that nothing was lost, nothing came twice and all came in
 * order.
 */
public final class ResumingLiveClient implements AutoCloseable {

    /** What a subscription's first frame stands for: every position after {@code since} up to {@code through}. */
    public record CatchUp(long since, long through) {

        public boolean covers(long position) {
            return position > since && position <= through;
        }
    }

    private final int port;
    private final SignedInSession person;
    private final String destination;
    private final ScheduledExecutorService reconnections;
    private final WebSocketStompClient client;
    private final List<Long> positions = new ArrayList<>();
    private final List<CatchUp> catchUps = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private volatile StompSession session;
    private volatile boolean closed;
    private long since;
    private boolean awaitingFirstFrame;
    private int connections;
    private long disconnectedAt;
    private long lastOutageNanos;

    private ResumingLiveClient(int port, SignedInSession person, String destination, long since,
                               ScheduledExecutorService reconnections) {
        this.port = port;
        this.person = person;
        this.destination = destination;
        this.since = since;
        this.reconnections = reconnections;
        this.client = new WebSocketStompClient(new StandardWebSocketClient());
        client.setMessageConverter(new CompositeMessageConverter(
                List.of(new MappingJackson2MessageConverter(), new StringMessageConverter())));
    }

    /** Connects and subscribes now (throws if it cannot); reconnects by itself later on. */
    public static ResumingLiveClient connect(int port, SignedInSession person, String destination, long since,
                                             ScheduledExecutorService reconnections) throws Exception {
        ResumingLiveClient live = new ResumingLiveClient(port, person, destination, since, reconnections);
        live.session = live.open().get(10, TimeUnit.SECONDS);
        return live;
    }

    private java.util.concurrent.CompletableFuture<StompSession> open() {
        WebSocketHttpHeaders handshake = new WebSocketHttpHeaders();
        handshake.add("Cookie", person.cookieHeader());
        return client.connectAsync("ws://localhost:" + port + "/ws", handshake, new StompHeaders(), new Handler());
    }

    private final class Handler extends StompSessionHandlerAdapter {

        @Override
        public void afterConnected(StompSession connected, StompHeaders connectedHeaders) {
            StompHeaders headers = new StompHeaders();
            headers.setDestination(destination);
            synchronized (ResumingLiveClient.this) {
                headers.add("since", Long.toString(since));
                awaitingFirstFrame = true;
                connections++;
                if (disconnectedAt != 0) {
                    lastOutageNanos = System.nanoTime() - disconnectedAt;
                    disconnectedAt = 0;
                }
            }
            connected.subscribe(headers, new StompFrameHandler() {
                @Override
                public Type getPayloadType(StompHeaders stompHeaders) {
                    return JsonNode.class;
                }

                @Override
                public void handleFrame(StompHeaders stompHeaders, Object payload) {
                    received(((JsonNode) payload).path("position").asLong());
                }
            });
        }

        @Override
        public void handleFrame(StompHeaders headers, Object payload) {
            synchronized (ResumingLiveClient.this) {
                errors.add(String.valueOf(headers.getFirst("message")));
            }
        }

        @Override
        public Type getPayloadType(StompHeaders headers) {
            return String.class;
        }

        @Override
        public void handleTransportError(StompSession broken, Throwable exception) {
            if (!broken.isConnected() && !closed) {
                synchronized (ResumingLiveClient.this) {
                    if (disconnectedAt == 0) {
                        disconnectedAt = System.nanoTime();
                    }
                }
                reconnectLater();
            }
        }
    }

    private void reconnectLater() {
        reconnections.schedule(() -> {
            if (closed) {
                return;
            }
            try {
                session = open().get(10, TimeUnit.SECONDS);
            } catch (Exception notYet) {
                reconnectLater();
            }
        }, 500, TimeUnit.MILLISECONDS);
    }

    private synchronized void received(long position) {
        if (awaitingFirstFrame) {
            catchUps.add(new CatchUp(since, position));
            awaitingFirstFrame = false;
        }
        positions.add(position);
        since = Math.max(since, position);
    }

    public synchronized List<Long> positions() {
        return List.copyOf(positions);
    }

    public synchronized List<CatchUp> catchUps() {
        return List.copyOf(catchUps);
    }

    /** Whether the update at this position reached the page: itself, or within what a catch-up stood for. */
    public synchronized boolean hasSeen(long position) {
        return positions.contains(position) || catchUps.stream().anyMatch(catchUp -> catchUp.covers(position));
    }

    public synchronized List<String> errors() {
        return List.copyOf(errors);
    }

    /** How many times it connected (1: never lost its connection). */
    public synchronized int connections() {
        return connections;
    }

    /** The last time it spent without a connection, from the drop to the next CONNECTED, in milliseconds. */
    public synchronized long lastOutageMillis() {
        return TimeUnit.NANOSECONDS.toMillis(lastOutageNanos);
    }

    public synchronized long lastPosition() {
        return positions.isEmpty() ? since : positions.get(positions.size() - 1);
    }

    public boolean isConnected() {
        StompSession current = session;
        return current != null && current.isConnected();
    }

    @Override
    public void close() {
        closed = true;
        StompSession current = session;
        if (current != null && current.isConnected()) {
            try {
                current.disconnect();
            } catch (RuntimeException alreadyClosed) {
                // its node is gone
            }
        }
        client.stop();
    }
}
