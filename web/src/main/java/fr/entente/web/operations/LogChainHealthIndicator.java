package fr.entente.web.operations;

import fr.entente.infra.logchain.LogChain;
import fr.entente.infra.logchain.LogChainKeeper;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/** The log's hash chain keeps up: DOWN, with why, while extending it fails (it is retried every second). */
@Component("logChainHealthIndicator")
public class LogChainHealthIndicator extends AbstractHealthIndicator {

    private final LogChain chain;
    private final LogChainKeeper keeper;

    LogChainHealthIndicator(LogChain chain, LogChainKeeper keeper) {
        super("Log chain health check failed");
        this.chain = chain;
        this.keeper = keeper;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        keeper.failure().ifPresentOrElse(failure -> builder.down().withDetail("failure", failure), builder::up);
        chain.head().ifPresent(head -> builder.withDetail("chainedUpTo", head.position()));
    }
}
