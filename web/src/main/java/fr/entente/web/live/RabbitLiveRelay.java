package fr.entente.web.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.entente.live.query.LiveUpdate;
import fr.entente.live.query.LiveUpdateJournal;
import fr.entente.live.query.LiveUpdateNotRelayedException;
import fr.entente.live.query.LiveUpdateRelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Lazy;
import org.springframework.messaging.simp.stomp.ReactorNettyTcpStompClient;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.messaging.simp.stomp.StompSession.Receiptable;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.util.MimeTypeUtils;

import java.io.IOException;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The live updates relayed between the hub's nodes through RabbitMQ's STOMP plugin ({@code entente.live.relay.*},
 * issue 17): the node whose projection publishes an update delivers it to its own pages at once and sends it to
 * {@code /topic/entente.live}; every other node, subscribed there, delivers it to the pages open on it. Each node's
 * subscription is a queue of its own in RabbitMQ, so every node gets every update once; a node skips its own. What
 * a page missed while a node or the broker was away it gets from the shared journal when it subscribes again with
 * {@code since}. The connection is made again, every two seconds, for as long as it is lost; health says so. Each
 * update waits for the broker's receipt before its projection goes on (see {@link LiveUpdateRelay#relay}).
 */
@Component
@ConditionalOnExpression("!'${entente.live.relay.host:}'.isBlank()")
public class RabbitLiveRelay implements LiveUpdateRelay, SmartLifecycle, HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(RabbitLiveRelay.class);
    private static final String NODE_HEADER = "entente-node";
    private static final Duration CONFIRMATION_WAIT = Duration.ofSeconds(5);

    private final String node = UUID.randomUUID().toString();
    private final LiveUpdateJournal journal;
    private final ObjectMapper json;
    private final ReactorNettyTcpStompClient client;
    private final StompHeaders connectHeaders = new StompHeaders();
    private final String destination;
    private final String address;
    private final ScheduledExecutorService reconnections = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "live-relay-reconnect");
        thread.setDaemon(true);
        return thread;
    });
    private final ThreadPoolTaskScheduler receipts = new ThreadPoolTaskScheduler();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong unsent = new AtomicLong();
    private final AtomicLong unconfirmed = new AtomicLong();
    private final AtomicBoolean reconnectionPlanned = new AtomicBoolean();
    private volatile StompSession session;
    private volatile boolean running;

    public RabbitLiveRelay(@Lazy LiveUpdateJournal journal, ObjectMapper json,
                           @Value("${entente.live.relay.host}") String host,
                           @Value("${entente.live.relay.port:61613}") int port,
                           @Value("${entente.live.relay.login:guest}") String login,
                           @Value("${entente.live.relay.passcode:guest}") String passcode,
                           @Value("${entente.live.relay.virtual-host:/}") String virtualHost,
                           @Value("${entente.live.relay.destination:/topic/entente.live}") String destination) {
        this.journal = journal;
        this.json = json;
        this.destination = destination;
        this.address = host + ":" + port;
        this.client = new ReactorNettyTcpStompClient(host, port);
        // no heart-beats: a broker that goes away closes the connection, which is made again
        client.setDefaultHeartbeat(new long[]{0, 0});
        // receipts are tracked on a scheduler of their own (see relay)
        receipts.setThreadNamePrefix("live-relay-receipts-");
        receipts.setDaemon(true);
        receipts.initialize();
        client.setTaskScheduler(receipts);
        client.setReceiptTimeLimit(CONFIRMATION_WAIT.toMillis());
        connectHeaders.setLogin(login);
        connectHeaders.setPasscode(passcode);
        connectHeaders.setHost(virtualHost);
    }

    @Override
    public void relay(LiveUpdate update) {
        StompSession current = session;
        if (current == null || !current.isConnected()) {
            unsent.incrementAndGet();
            return;
        }
        byte[] body;
        try {
            body = json.writeValueAsBytes(update);
        } catch (IOException e) {
            throw new IllegalStateException("A live update cannot be written as JSON: " + update.type(), e);
        }
        StompHeaders headers = new StompHeaders();
        headers.setDestination(destination);
        headers.setContentType(MimeTypeUtils.APPLICATION_JSON);
        headers.set(NODE_HEADER, node);
        CompletableFuture<Void> confirmed = new CompletableFuture<>();
        try {
            Receiptable receipt = current.send(headers, body);
            receipt.addReceiptTask(() -> confirmed.complete(null));
            receipt.addReceiptLostTask(() -> confirmed.completeExceptionally(new IllegalStateException("receipt lost")));
            confirmed.get(CONFIRMATION_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            sent.incrementAndGet();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw notRelayed(update, e);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            throw notRelayed(update, e);
        }
    }

    private LiveUpdateNotRelayedException notRelayed(LiveUpdate update, Exception cause) {
        unconfirmed.incrementAndGet();
        return new LiveUpdateNotRelayedException("The broker at " + address + " did not confirm a live update of "
                                                 + update.type() + " within " + CONFIRMATION_WAIT, cause);
    }

    @Override
    public void start() {
        running = true;
        connect();
    }

    private void connect() {
        if (!running) {
            return;
        }
        // a failed attempt is told to the handler's handleTransportError, which schedules the next
        client.connectAsync(connectHeaders, new Subscriber());
    }

    private void reconnectLater() {
        if (running && reconnectionPlanned.compareAndSet(false, true)) {
            reconnections.schedule(() -> {
                reconnectionPlanned.set(false);
                connect();
            }, 2, TimeUnit.SECONDS);
        }
    }

    @Override
    public void stop() {
        running = false;
        StompSession current = session;
        session = null;
        if (current != null && current.isConnected()) {
            current.disconnect();
        }
        client.shutdown();
        reconnections.shutdownNow();
        receipts.shutdown();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public Health health() {
        StompSession current = session;
        Health.Builder health = current != null && current.isConnected() ? Health.up() : Health.down();
        return health.withDetail("broker", address).withDetail("relayed", sent.get())
                     .withDetail("received", received.get()).withDetail("notRelayed", unsent.get())
                     .withDetail("notConfirmed", unconfirmed.get()).build();
    }

    /** Subscribes once connected, delivers the other nodes' updates here, and reconnects when the connection ends. */
    private final class Subscriber extends StompSessionHandlerAdapter {

        @Override
        public void afterConnected(StompSession connected, StompHeaders headers) {
            connected.subscribe(destination, new StompFrameHandler() {
                @Override
                public Type getPayloadType(StompHeaders frame) {
                    return byte[].class;
                }

                @Override
                public void handleFrame(StompHeaders frame, Object payload) {
                    if (node.equals(frame.getFirst(NODE_HEADER))) {
                        return;
                    }
                    try {
                        journal.deliverHere(json.readValue((byte[]) payload, LiveUpdate.class));
                        received.incrementAndGet();
                    } catch (IOException | RuntimeException e) {
                        log.warn("A relayed live update could not be delivered here: {}", e.toString());
                    }
                }
            });
            // each update sent waits for the broker's RECEIPT (see relay)
            connected.setAutoReceipt(true);
            session = connected;
            log.info("Live updates relayed through {} ({})", address, destination);
        }

        @Override
        public void handleException(StompSession failed, StompCommand command, StompHeaders headers, byte[] payload,
                                    Throwable exception) {
            log.warn("The live relay met an error: {}", exception.toString());
        }

        @Override
        public void handleTransportError(StompSession lost, Throwable exception) {
            if (session == lost) {
                session = null;
            }
            if (running && !lost.isConnected()) {
                log.warn("The live relay at {} is not reachable ({}): connecting again in 2 s", address, exception.toString());
                reconnectLater();
            }
        }
    }
}
