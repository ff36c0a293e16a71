package fr.entente.web.document;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The stored files waiting to be deleted (purged documents', refused versions' kept for a retry), and those whose
 * deletion keeps failing. WARNING (a status of its own, which does not take the hub out of service: the aggregate
 * stays UP) once one has failed {@value DocumentFileDeletions#FAILURES_BEFORE_WARNING} times: the bytes of a purged
 * document are still stored, and the store should be looked at.
 */
@Component("storedFileDeletions")
class DocumentFileDeletionsHealthIndicator extends AbstractHealthIndicator {

    static final Status WARNING = new Status("WARNING", "a stored file's deletion keeps failing; retried at each "
                                                        + "housekeeping turn");

    private final DocumentFileDeletions deletions;

    DocumentFileDeletionsHealthIndicator(DocumentFileDeletions deletions) {
        super("Document file deletions health check failed");
        this.deletions = deletions;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        List<DocumentFileDeletions.Failing> failing = deletions.failing();
        builder.status(failing.isEmpty() ? Status.UP : WARNING)
               .withDetail("waiting", deletions.waiting())
               .withDetail("failing", failing);
    }
}
