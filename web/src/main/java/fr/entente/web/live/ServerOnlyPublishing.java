package fr.entente.web.live;

import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageHeaderAccessor;

/**
 * Only the hub publishes: a client's SEND, to any destination, is refused with an ERROR frame, and so is a
 * subscription to anything but {@code /live/<topic>}. Spring's simple broker would otherwise relay what one person
 * sends to {@code /queue/…} (or {@code /user/…}) to whoever subscribed there, from any cooperation to any other.
 */
class ServerOnlyPublishing implements ChannelInterceptor {

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        StompHeaderAccessor stomp = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
        if (stomp == null || stomp.getCommand() == null) {
            return message;
        }
        if (stomp.getCommand() == StompCommand.SEND) {
            throw new MessageDeliveryException("Envoi refusé : seul le hub publie des messages.");
        }
        if (stomp.getCommand() == StompCommand.SUBSCRIBE
            && (stomp.getDestination() == null || !stomp.getDestination().startsWith(LiveSubscriptions.PREFIX))) {
            throw new MessageDeliveryException("Introuvable : " + stomp.getDestination());
        }
        return message;
    }
}
