package fr.entente.web.operations;

import fr.entente.cooperation.api.CooperationCreatedEvent;
import fr.entente.cooperation.api.CreateCooperationCommand;
import fr.entente.infra.audit.Actor;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.RunningHub;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A projection whose handler fails stops its processor on that event and retries it with back-off: the health shows
 * the processor DOWN with the event's position meanwhile, and once the handler succeeds every event has been handled,
 * in the log's order, none skipped.
 */
class ProjectionFailureTest {

    /** Fails on the first cooperation twice, then handles it; records what it handled. */
    @ProcessingGroup("flaky-projection")
    public static class FlakyProjection {

        final AtomicInteger attempts = new AtomicInteger();
        final List<String> handled = Collections.synchronizedList(new ArrayList<>());

        @EventHandler
        public void on(CooperationCreatedEvent event) {
            if (event.cooperationId().equals("premiere") && attempts.incrementAndGet() <= 2) {
                throw new IllegalStateException("read model unavailable (attempt " + attempts.get() + ")");
            }
            handled.add(event.cooperationId());
        }
    }

    @Test
    void stopsOnTheFailingEventRetriesItAndSkipsNothing(@TempDir Path data) {
        try (RunningHub hub = RunningHub.start(data, RunningHub.freshDatabaseName(),
                                               context -> context.registerBean(FlakyProjection.class))) {
            create(hub, "premiere");
            create(hub, "seconde");

            Map<?, ?> whileFailing = ApiWorld.eventually(() -> {
                Health health = hub.bean(EventProcessorsHealthIndicator.class).health();
                Map<?, ?> flaky = (Map<?, ?>) ((Map<?, ?>) health.getDetails().get("processors")).get("flaky-projection");
                return health.getStatus().equals(Status.DOWN) && Boolean.TRUE.equals(flaky.get("error"))
                       ? Optional.of(flaky) : Optional.empty();
            });
            assertThat(whileFailing.get("failedAt")).as("the position of the failing event").isEqualTo(1L);

            FlakyProjection projection = hub.bean(FlakyProjection.class);
            ApiWorld.eventually(() -> projection.handled.size() == 2 ? Optional.of(true) : Optional.empty());
            assertThat(projection.handled).containsExactly("premiere", "seconde");
            assertThat(projection.attempts).hasValue(3);
            assertThat(ApiWorld.eventually(() -> {
                Status status = hub.bean(EventProcessorsHealthIndicator.class).health().getStatus();
                return status.equals(Status.UP) ? Optional.of(status) : Optional.empty();
            })).isEqualTo(Status.UP);
        }
    }

    private static void create(RunningHub hub, String cooperationId) {
        hub.bean(CommandGateway.class).sendAndWait(GenericCommandMessage
                .asCommandMessage(new CreateCooperationCommand(cooperationId, "Coopération " + cooperationId, "Région"))
                .andMetaData(Actor.system(cooperationId).toMetaData()));
    }
}
