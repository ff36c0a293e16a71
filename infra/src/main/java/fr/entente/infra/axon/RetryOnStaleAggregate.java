package fr.entente.infra.axon;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Sends a command again when its events lost the race for their sequence numbers to another node's (or to a write
 * this node's aggregate cache had not seen): the failed unit of work has dropped the cached aggregate, so the next try
 * loads it fresh and its handler judges the command again against what the other wrote (a vote counts, a second close
 * is refused with its own code, a note saved beside another is kept next to it). Always safe: the aggregate decides
 * again, on the state it would have met had it come a moment later. Up to {@link #MORE_TRIES} more tries, each after
 * a short random pause, since the other node's write may be followed by its own consequences on the same aggregate
 * (the register number after a close); then the person is answered with a conflict. A stream that already exists at
 * creation (an identifier taken) is never retried: that conflict is the answer. Only the command's type is logged.
 */
public final class RetryOnStaleAggregate implements RetryScheduler {

    static final int MORE_TRIES = 3;
    private static final Logger log = LoggerFactory.getLogger(RetryOnStaleAggregate.class);

    @Override
    public boolean scheduleRetry(CommandMessage commandMessage, RuntimeException lastFailure,
                                 List<Class<? extends Throwable>[]> failures, Runnable commandDispatch) {
        int tries = failures.size();
        if (tries > MORE_TRIES || !isStaleAggregate(lastFailure)) {
            return false;
        }
        log.info("{} met a newer version of its aggregate: sent again on a fresh load (try {} of {})",
                 commandMessage.getCommandName(), tries + 1, MORE_TRIES + 1);
        if (tries > 1) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(ThreadLocalRandom.current().nextLong(5, 25) * tries));
        }
        commandDispatch.run();
        return true;
    }

    private static boolean isStaleAggregate(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ConcurrencyException) {
                return true;
            }
        }
        return false;
    }
}
