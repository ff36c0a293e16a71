package fr.entente.web.live;

import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;

/**
 * STOMP over WebSocket at {@code /ws}, authenticated by the person's session. Pages subscribe to
 * {@code /live/<topic>} (see {@code LiveTopics}); {@link LiveSubscriptions} serves those subscriptions itself, from
 * the projections' live updates. One node needs no broker relay; clients publish nothing ({@link ServerOnlyPublishing}).
 */
@Configuration

public class LiveWebSocketConfiguration implements WebSocketMessageBrokerConfigurer {

    private final LiveSubscriptions liveSubscriptions;

    public LiveWebSocketConfiguration(LiveSubscriptions liveSubscriptions) {
        this.liveSubscriptions = liveSubscriptions;
    }

    @Override
    public void registerStompEndpoints(StompEndpointRegistry registry) {
        registry.addEndpoint("/ws");
    }

    @Override
    public void configureMessageBroker(MessageBrokerRegistry registry) {
        registry.setApplicationDestinationPrefixes("/app");
        registry.enableSimpleBroker("/queue");
        // The outbound channel runs on a pool: without this, two updates sent in order could reach a client reversed.
        registry.setPreservePublishOrder(true);
    }

    @Override
    public void configureClientInboundChannel(ChannelRegistration registration) {
        registration.interceptors(new ServerOnlyPublishing(), liveSubscriptions);
    }
}
