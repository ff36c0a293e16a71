package fr.entente.infra.audit;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

import java.util.HashMap;
import java.util.Map;

/**
 * Copies the audit metadata of the message being handled onto every message it causes, events first: no handler
 * has to remember it. The correlation id follows the chain from its first message; the causation id names the
 * direct cause.
 */
public class AuditCorrelationDataProvider implements CorrelationDataProvider {

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Map<String, Object> data = new HashMap<>();
        for (String key : AuditMetadata.ACTOR_KEYS) {
            Object value = message.getMetaData().get(key);
            if (value != null) {
                data.put(key, value);
            }
        }
        data.put(AuditMetadata.CORRELATION_ID,
                 message.getMetaData().getOrDefault(AuditMetadata.CORRELATION_ID, message.getIdentifier()));
        data.put(AuditMetadata.CAUSATION_ID, message.getIdentifier());
        if (message instanceof EventMessage<?>) {
            data.put(AuditMetadata.CAUSED_BY_EVENT, message.getIdentifier());
        } else if (message.getMetaData().get(AuditMetadata.CAUSED_BY_EVENT) != null) {
            data.put(AuditMetadata.CAUSED_BY_EVENT, message.getMetaData().get(AuditMetadata.CAUSED_BY_EVENT));
        }
        return data;
    }
}
