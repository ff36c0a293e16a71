package fr.entente.web.application;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Waits, a bounded time, for read models to reach a position of the log: a page that answers a command is rendered
 * from read models that have applied that command's events (read-your-writes). Reads the processors' positions in
 * memory: waiting costs no read of the store.
 */
@Component
public class ReadModels {

    /** Long enough for a busy hub; a page past it says it may not show the last change yet. */
    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(3);
    private static final long POLL_MILLIS = 5;

    private final EventProcessingConfiguration processing;

    public ReadModels(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    /**
     * Whether every processor of these processing groups has handled the event at {@code position} within
     * {@code wait}; {@code false} if the wait ran out (the page then says so).
     */
    public boolean awaitProcessed(long position, Duration wait, Collection<String> processingGroups) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (!processed(position, processingGroups)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                TimeUnit.MILLISECONDS.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /** Whether every event processor of the hub has handled the event at {@code position} within {@code wait}. */
    public boolean awaitProcessedByAll(long position, Duration wait) {
        return awaitProcessed(position, wait, processing.eventProcessors().keySet());
    }

    public boolean awaitProcessed(long position, String... processingGroups) {
        return awaitProcessed(position, DEFAULT_WAIT, List.of(processingGroups));
    }

    private boolean processed(long position, Collection<String> processingGroups) {
        return processingGroups.stream().allMatch(group -> processedBy(position, group));
    }

    private boolean processedBy(long position, String processingGroup) {
        Optional<TrackingEventProcessor> processor =
                processing.eventProcessorByProcessingGroup(processingGroup, TrackingEventProcessor.class);
        return processor.map(tracking -> {
            Collection<EventTrackerStatus> segments = tracking.processingStatus().values();
            return !segments.isEmpty() && segments.stream().allMatch(
                    status -> status.getCurrentPosition().orElse(-1) >= position);
        }).orElse(true);
    }
}
