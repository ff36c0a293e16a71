package fr.entente.infra.logchain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Extends the chain as the log grows (every second), and writes the day's signed checkpoint after midnight and at
 * start. A failure is retried at the next turn and shown in health until it passes: the chain never skips an entry.
 */
@Component
public class LogChainKeeper {

    private static final Logger log = LoggerFactory.getLogger(LogChainKeeper.class);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final LogChain chain;
    private final LogCheckpoints checkpoints;
    private final Clock clock = Clock.system(PARIS);
    private final AtomicReference<String> failure = new AtomicReference<>();

    public LogChainKeeper(LogChain chain, LogCheckpoints checkpoints) {
        this.chain = chain;
        this.checkpoints = checkpoints;
    }

    @Scheduled(fixedDelayString = "${entente.audit.chain-interval-ms:1000}", initialDelay = 1000)
    public void extend() {
        try {
            chain.extend(10_000);
            failure.set(null);
        } catch (RuntimeException e) {
            if (failure.getAndSet(e.toString()) == null) {
                log.warn("The log's hash chain could not be extended, retrying every second: {}", e.toString());
            }
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(cron = "0 5 0 * * *", zone = "Europe/Paris")
    public void checkpointToday() {
        try {
            chain.extendFully();
            checkpoints.writeFor(LocalDate.now(clock))
                       .ifPresent(checkpoint -> log.info("Log checkpoint of {}: position {}, link {}", checkpoint.day(),
                                                         checkpoint.position(), checkpoint.linkHex()));
        } catch (RuntimeException e) {
            log.warn("The log's checkpoint of today could not be written; the next start or midnight retries: {}", e.toString());
        }
    }

    /** Why the last extension failed, while it fails. */
    public Optional<String> failure() {
        return Optional.ofNullable(failure.get());
    }
}
