package fr.entente.web.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.entente.live.query.LiveTopics;
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
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.messaging.SessionDisconnectEvent;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Serves the STOMP subscriptions to {@code /live/<topic>}: checks that the person may see the topic (someone of
 * another cooperation gets an error that says nothing of it), then sends what the client missed since its
 * {@code since} header (one update, however long it was away), then every new update, until the client unsubscribes
 * or goes. A subscription that can no longer be served, or that the person's rights no longer allow (they left the
 * body), ends with an ERROR frame: nothing more reaches them.
 */
@Component
public class LiveSubscriptions implements ChannelInterceptor {

    static final String PREFIX = "/live/";
    private static final Logger log = LoggerFactory.getLogger(LiveSubscriptions.class);

    /** One open subscription: whose, on what, and the query that feeds it. */
    private record Open(String sessionId, Principal user, String topic, SubscriptionQueryResult<?, ?> result) {
    }

    private final QueryGateway queries;
    private final LiveTopicAuthorizer authorizer;
    private final MessageChannel clientOutbound;
    private final ObjectMapper json;
    private final Map<String, Open> open = new ConcurrentHashMap<>();

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

    /**
     * A person's memberships changed: each of their subscriptions is checked again, and those their rights no longer
     * allow are ended at once, before any further update of those topics can reach them.
     */
    @EventListener
    void onRightsChanged(LiveUpdate update) {
        LiveTopics.personOf(update.topic()).ifPresent(personId -> open.forEach((key, subscription) -> {
            if (authorizer.personIdOf(subscription.user()).filter(personId::equals).isPresent()
                && !authorizer.maySee(subscription.user(), subscription.topic())) {
                close(key);
                sendError(subscription.sessionId(), "Introuvable : " + PREFIX + subscription.topic());
            }
        }));
    }

    private void subscribe(StompHeaderAccessor stomp) {
        String topic = stomp.getDestination().substring(PREFIX.length());
        if (!authorizer.maySee(stomp.getUser(), topic)) {
            throw new MessageDeliveryException("Introuvable : " + stomp.getDestination());
        }
        long since = since(stomp.getFirstNativeHeader("since"));
        String sessionId = stomp.getSessionId();
        LiveStream stream = new LiveStream(sessionId, stomp.getSubscriptionId(), stomp.getDestination(), since,
                                           clientOutbound, json);
        SubscriptionQueryResult<List<LiveUpdate>, LiveUpdate> result = queries.subscriptionQuery(
                new WatchTopicQuery(topic, since), ResponseTypes.multipleInstancesOf(LiveUpdate.class),
                ResponseTypes.instanceOf(LiveUpdate.class));
        String key = key(sessionId, stomp.getSubscriptionId());
        open.put(key, new Open(sessionId, stomp.getUser(), topic, result));
        result.initialResult()
              .flatMapIterable(missed -> missed)
              .concatWith(result.updates())
              .subscribe(stream::send, error -> {
                  log.warn("Live updates of {} stopped: {}", topic, error.toString());
                  close(key);
                  sendError(sessionId, "Les mises à jour en direct se sont interrompues : la page va se reconnecter.");
              });
    }

    /** Ends the client's connection with an ERROR frame: the page says so, and connects again. */
    private void sendError(String sessionId, String message) {
        StompHeaderAccessor error = StompHeaderAccessor.create(StompCommand.ERROR);
        error.setSessionId(sessionId);
        error.setMessage(message);
        error.setLeaveMutable(true);
        clientOutbound.send(MessageBuilder.createMessage(new byte[0], error.getMessageHeaders()));
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

    /**
     * The people who have this topic open at this moment, on this node (a person with the meeting open in a browser
     * needs no mail to learn that it started).
     */
    public Set<String> peopleFollowing(String topic) {
        return open.values().stream().filter(subscription -> subscription.topic().equals(topic))
                   .map(subscription -> authorizer.personIdOf(subscription.user())).flatMap(Optional::stream)
                   .collect(Collectors.toUnmodifiableSet());
    }

    private void closeSession(String sessionId) {
        open.keySet().stream().filter(key -> key.startsWith(sessionId + "/")).forEach(this::close);
    }

    private void close(String key) {
        Open subscription = open.remove(key);
        if (subscription != null) {
            subscription.result().close();
        }
    }

    private static String key(String sessionId, String subscriptionId) {
        return sessionId + "/" + subscriptionId;
    }
}
