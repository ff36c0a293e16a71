package fr.entente.web.live;

import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.support.AbstractSubscribableChannel;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.config.annotation.DelegatingWebSocketMessageBrokerConfiguration;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.messaging.SubProtocolWebSocketHandler;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Spring's STOMP over WebSocket configuration (what {@code @EnableWebSocketMessageBroker} imports, with the
 * {@link LiveWebSocketConfiguration}), but for one thing: a connection is closed only once what was sent on it has gone.
 * <p>
 * STOMP closes the connection right after an ERROR frame. Spring buffers a frame when another thread is writing to
 * the same connection, and its close does not wait for that buffer: an ERROR frame sent while a frame was being
 * written (the CONNECTED frame, a live update) could be dropped, and the page would never learn why its subscription
 * ended. Here the close waits, a bounded time, for the buffer to drain.
 */
@Configuration(proxyBeanMethods = false)
public class LiveBrokerConfiguration extends DelegatingWebSocketMessageBrokerConfiguration {

    @Override
    public WebSocketHandler subProtocolWebSocketHandler(AbstractSubscribableChannel clientInboundChannel,
                                                        AbstractSubscribableChannel clientOutboundChannel) {
        SubProtocolWebSocketHandler handler = new FlushingSubProtocolHandler(clientInboundChannel, clientOutboundChannel);
        handler.setPhase(getPhase());
        return handler;
    }

    private static final class FlushingSubProtocolHandler extends SubProtocolWebSocketHandler {

        FlushingSubProtocolHandler(AbstractSubscribableChannel clientInboundChannel,
                                   AbstractSubscribableChannel clientOutboundChannel) {
            super(clientInboundChannel, clientOutboundChannel);
        }

        @Override
        protected WebSocketSession decorateSession(WebSocketSession session) {
            return new FlushBeforeClose(session, getSendTimeLimit(), getSendBufferSizeLimit());
        }
    }

    /** A session that, asked to close, first lets the thread writing to it send what it has buffered. */
    static final class FlushBeforeClose extends ConcurrentWebSocketSessionDecorator {

        private static final long DRAIN_WAIT_NANOS = TimeUnit.SECONDS.toNanos(2);

        FlushBeforeClose(WebSocketSession session, int sendTimeLimit, int bufferSizeLimit) {
            super(session, sendTimeLimit, bufferSizeLimit);
        }

        @Override
        public void close(CloseStatus status) throws IOException {
            long deadline = System.nanoTime() + DRAIN_WAIT_NANOS;
            while (getBufferSize() > 0 && isOpen() && System.nanoTime() < deadline) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
            }
            super.close(status);
        }
    }
}
