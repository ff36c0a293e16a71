package fr.entente.web.operations;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every event processor runs, without error, and how far behind the head of the log it is. DOWN when one has stopped
 * or is in error: its read models no longer follow the log; a processor whose handler failed shows the position of
 * the event it stopped on ({@code failedAt}), which it retries.
 */
@Component("eventProcessors")
public class EventProcessorsHealthIndicator extends AbstractHealthIndicator {

    private final EventProcessorLag lag;

    EventProcessorsHealthIndicator(EventProcessorLag lag) {
        super("Event processors health check failed");
        this.lag = lag;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        boolean healthy = true;
        Map<String, Object> details = new LinkedHashMap<>();
        long head = lag.headPosition();
        for (EventProcessorLag.ProcessorState state : lag.states()) {
            healthy &= state.running() && !state.inError();
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("running", state.running());
            detail.put("error", state.inError());
            detail.put("position", state.position());
            detail.put("lag", Math.max(0, head - state.position()));
            if (state.inError()) {
                // the event it stopped on, retried with back-off until its handler succeeds: nothing is skipped
                detail.put("failedAt", state.failedAt());
                detail.put("failure", state.error());
            }
            details.put(state.name(), detail);
        }
        builder.status(healthy ? "UP" : "DOWN").withDetail("headOfLog", head).withDetail("processors", details);
    }
}
