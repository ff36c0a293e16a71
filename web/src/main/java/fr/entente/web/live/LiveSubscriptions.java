package fr.entente.web.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.entente.live.query.LiveUpdate;
import fr.entente.live.query.WatchTopicQuery;
import org.apache.commons.logging.LogFactory;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.simp.broker.OrderedMessageChannelDecorator;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.messaging.SessionDisconnectEvent;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Serves the STOMP subscriptions to {@code /live/<topic>}: checks that the person may see the topic (someone of
 * another cooperation gets an error that says nothing of it), then sends what the client missed since its
 * {@code since} header, then every new update, until the client unsubscribes or goes.
 */
@Component
public class LiveSubscriptions implements ChannelInterceptor {

    static final String PREFIX = "/live/";
    private static final Logger log = LoggerFactory.getLogger(LiveSubscriptions.class);

    private final QueryGateway queries;
    private final LiveTopicAuthorizer authorizer;
    private final MessageChannel clientOutbound;
    private final ObjectMapper json;
    private final Map<String, SubscriptionQueryResult<List<LiveUpdate>, LiveUpdate>> open = new ConcurrentHashMap<>();

    public LiveSubscriptions(QueryGateway queries, LiveTopicAuthorizer authorizer,
                             @Lazy @Qualifier("clientOutboundChannel") MessageChannel clientOutbound, ObjectMapper json) {
        this.queries = queries;
        this.authorizer = authorizer;
        // One decorator for all: it queues each session's messages, so that each client gets them in order.
        this.clientOutbound = new OrderedMessageChannelDecorator(clientOutbound, LogFactory.getLog(LiveSubscriptions.class));
        this.json = json;
    }

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        StompHeaderAccessor stomp = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
        if (stomp == null || stomp.getCommand() == null) {
            return message;
        }
        if (stomp.getCommand() == StompCommand.SUBSCRIBE && stomp.getDestination() != null
            && stomp.getDestination().startsWith(PREFIX)) {
            subscribe(stomp);
        } else if (stomp.getCommand() == StompCommand.UNSUBSCRIBE) {
            close(key(stomp.getSessionId(), stomp.getSubscriptionId()));
        } else if (stomp.getCommand() == StompCommand.DISCONNECT) {
            closeSession(stomp.getSessionId());
        }
        return message;
    }

    @EventListener
    void onDisconnect(SessionDisconnectEvent disconnect) {
        closeSession(disconnect.getSessionId());
    }

    private void subscribe(StompHeaderAccessor stomp) {
        String topic = stomp.getDestination().substring(PREFIX.length());
        if (!authorizer.maySee(stomp.getUser(), topic)) {
            throw new MessageDeliveryException("Introuvable : " + stomp.getDestination());
        }
        long since = since(stomp.getFirstNativeHeader("since"));
        LiveStream stream = new LiveStream(stomp.getSessionId(), stomp.getSubscriptionId(), stomp.getDestination(),
                                           since, clientOutbound, json);
        SubscriptionQueryResult<List<LiveUpdate>, LiveUpdate> result = queries.subscriptionQuery(
                new WatchTopicQuery(topic, since), ResponseTypes.multipleInstancesOf(LiveUpdate.class),
                ResponseTypes.instanceOf(LiveUpdate.class));
        open.put(key(stomp.getSessionId(), stomp.getSubscriptionId()), result);
        result.initialResult()
              .flatMapIterable(missed -> missed)
              .concatWith(result.updates())
              .subscribe(stream::send, error -> log.warn("Live updates of {} stopped: {}", topic, error.toString()));
    }

    private static long since(String header) {
        if (header == null || header.isBlank()) {
            return 0;
        }
        try {
            return Math.max(0, Long.parseLong(header.trim()));
        } catch (NumberFormatException e) {
            throw new MessageDeliveryException("L'en-tête since doit être le dernier numéro reçu (un entier) : " + header);
        }
    }

    private void closeSession(String sessionId) {
        open.keySet().stream().filter(key -> key.startsWith(sessionId + "/")).forEach(this::close);
    }

    private void close(String key) {
        SubscriptionQueryResult<?, ?> result = open.remove(key);
        if (result != null) {
            result.close();
        }
    }

    private static String key(String sessionId, String subscriptionId) {
        return sessionId + "/" + subscriptionId;
    }
}
