package fr.entente.web.operations;

import fr.entente.infra.axon.EventHandlerFailedException;
import fr.entente.infra.eventstore.MongoEventStorageEngine;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where each streaming event processor stands in the log, against the head of the log; published as the gauges
 * {@code entente.processor.position} and {@code entente.processor.lag} (events not yet handled) per processor.
 */
@Component
public class EventProcessorLag {

    /** {@code failedAt}: the position of the event a handler failed on, while the processor retries it; else -1. */
    record ProcessorState(String name, boolean running, boolean inError, long position, long failedAt, String error) {
    }

    private final EventProcessingConfiguration processing;
    private final MongoEventStorageEngine eventStore;
    private final MeterRegistry meters;

    EventProcessorLag(EventProcessingConfiguration processing, MongoEventStorageEngine eventStore, MeterRegistry meters) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.meters = meters;
    }

    @EventListener(ApplicationReadyEvent.class)
    void registerGauges() {
        Gauge.builder("entente.log.head", this, EventProcessorLag::headPosition)
             .description("Global sequence number of the last event in the log").register(meters);
        for (String name : processing.eventProcessors().keySet()) {
            Gauge.builder("entente.processor.position", this, lag -> lag.positionOf(name))
                 .tag("processor", name).description("Global sequence number the processor has reached")
                 .register(meters);
            Gauge.builder("entente.processor.lag", this, lag -> Math.max(0, lag.headPosition() - lag.positionOf(name)))
                 .tag("processor", name).description("Events of the log the processor has not handled yet")
                 .register(meters);
        }
    }

    long headPosition() {
        return eventStore.createHeadToken().position().orElse(0L);
    }

    List<ProcessorState> states() {
        List<ProcessorState> states = new ArrayList<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                Map<Integer, EventTrackerStatus> segments = streaming.processingStatus();
                Throwable error = segments.values().stream().filter(EventTrackerStatus::isErrorState)
                                          .map(EventTrackerStatus::getError).findFirst().orElse(null);
                long failedAt = failedAt(error);
                states.add(new ProcessorState(name, streaming.isRunning(), error != null || streaming.isError(),
                                              position(segments), failedAt,
                                              error == null ? null : String.valueOf(error.getMessage())));
            }
        });
        return states;
    }

    private long positionOf(String name) {
        return states().stream().filter(state -> state.name().equals(name)).mapToLong(ProcessorState::position)
                       .findFirst().orElse(0L);
    }

    private static long failedAt(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof EventHandlerFailedException failed) {
                return failed.position();
            }
        }
        return -1L;
    }

    /** The slowest segment's position: everything before it is handled. */
    private static long position(Map<Integer, EventTrackerStatus> segments) {
        return segments.values().stream()
                       .mapToLong(status -> status.getCurrentPosition().orElse(0L))
                       .min().orElse(0L);
    }
}
