package fr.entente.infra.logchain;

import fr.entente.infra.cluster.ScheduledWorkLeases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Extends the chain as the log grows (every second), and writes each day's signed checkpoint at the first turn of the
 * day that finds the chain begun (shortly after midnight on a running hub). A failure is retried at the next turn and
 * shown in health until it passes: the chain never skips an entry.
 */
@Component
public class LogChainKeeper {

    private static final Logger log = LoggerFactory.getLogger(LogChainKeeper.class);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final LogChain chain;
    private final LogCheckpoints checkpoints;
    private final ScheduledWorkLeases leases;
    private final Clock clock = Clock.system(PARIS);
    private final AtomicReference<String> failure = new AtomicReference<>();
    private volatile LocalDate checkpointed;

    public LogChainKeeper(LogChain chain, LogCheckpoints checkpoints, ScheduledWorkLeases leases) {
        this.leases = leases;
        this.chain = chain;
        this.checkpoints = checkpoints;
    }

    @Scheduled(fixedDelayString = "${entente.audit.chain-interval-ms:1000}", initialDelay = 1000)
    public void extend() {
        try {
            // one node extends the chain at a time; the others find the lease taken and wait for the next turn
            leases.runAlone("log-chain", () -> {
                chain.extend(10_000);
                checkpointToday();
            });
            failure.set(null);
        } catch (RuntimeException e) {
            if (failure.getAndSet(e.toString()) == null) {
                log.warn("The log's hash chain could not be extended, retrying every second: {}", e.toString());
            }
        }
    }

    private void checkpointToday() {
        LocalDate today = LocalDate.now(clock);
        if (today.equals(checkpointed)) {
            return;
        }
        checkpoints.writeFor(today).ifPresent(checkpoint -> {
            checkpointed = today;
            log.info("Log checkpoint of {}: position {}, link {}", checkpoint.day(), checkpoint.position(), checkpoint.linkHex());
        });
    }

    /** Why the last extension failed, while it fails. */
    public Optional<String> failure() {
        return Optional.ofNullable(failure.get());
    }
}
