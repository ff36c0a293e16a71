package fr.entente.infra.axon;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class RetryOnStaleAggregateTest {

    private final RetryOnStaleAggregate retry = new RetryOnStaleAggregate();
    private final CommandMessage<?> command = GenericCommandMessage.asCommandMessage("a command");
    private final AtomicInteger dispatched = new AtomicInteger();

    @Test
    void sendsAgainACommandThatMetANewerVersionOfItsAggregate() {
        assertThat(retry.scheduleRetry(command, new ConcurrencyException("sequence taken"), failures(1), dispatched::incrementAndGet))
                .isTrue();
        assertThat(dispatched).hasValue(1);
    }

    @Test
    void answersWithTheConflictAfterItsLastTry() {
        assertThat(retry.scheduleRetry(command, new ConcurrencyException("sequence taken"),
                                       failures(RetryOnStaleAggregate.MORE_TRIES + 1), dispatched::incrementAndGet)).isFalse();
        assertThat(dispatched).hasValue(0);
    }

    @Test
    void neverSendsAgainARefusalATakenIdentifierOrAnythingElse() {
        assertThat(retry.scheduleRetry(command, new IllegalStateException("refused"), failures(1), dispatched::incrementAndGet)).isFalse();
        assertThat(retry.scheduleRetry(command, new AggregateStreamCreationException("identifier taken"), failures(1),
                                       dispatched::incrementAndGet)).isFalse();
        assertThat(dispatched).hasValue(0);
    }

    @Test
    void findsTheConflictUnderAWrapper() {
        RuntimeException wrapped = new RuntimeException("commit failed", new ConcurrencyException("sequence taken"));
        assertThat(retry.scheduleRetry(command, wrapped, failures(1), dispatched::incrementAndGet)).isTrue();
    }

    @SuppressWarnings("unchecked")
    private static List<Class<? extends Throwable>[]> failures(int count) {
        List<Class<? extends Throwable>[]> failures = new ArrayList<>();
        for (int failure = 0; failure < count; failure++) {
            failures.add(new Class[]{ConcurrencyException.class});
        }
        return failures;
    }
}
