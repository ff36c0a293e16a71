package fr.entente.web.audit;

import fr.entente.infra.logchain.Checkpoint;
import fr.entente.infra.logchain.LogCheckpoints;
import fr.entente.infra.logchain.LogVerifier;
import fr.entente.infra.logchain.Verification;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The proof that the log is as it was written, for the pages and the API alike: the last verification (one at a time;
 * a director asks for a new one), the daily signed checkpoints and the public key that verifies them. The whole log is
 * verified, all cooperations together, since the chain runs through all of it; what a result names is positions and
 * dates, never what an entry holds.
 */
@Component
public class LogProof {

    private final AuditAccess access;
    private final LogVerifier verifier;
    private final LogCheckpoints checkpoints;
    private final AtomicReference<Verification> last = new AtomicReference<>();

    public LogProof(AuditAccess access, LogVerifier verifier, LogCheckpoints checkpoints) {
        this.access = access;
        this.verifier = verifier;
        this.checkpoints = checkpoints;
    }

    /** The last verification, if one ran since the hub started. */
    public Optional<Verification> lastVerification(String cooperationId) {
        access.requireReader(cooperationId);
        return Optional.ofNullable(last.get());
    }

    /** Recomputes the chain from the log now, against every checkpoint. */
    public Verification verifyNow(String cooperationId) {
        access.requireReader(cooperationId);
        synchronized (this) {
            Verification verification = verifier.verify(checkpoints.all(), checkpoints.signatures());
            last.set(verification);
            return verification;
        }
    }

    /** The checkpoints, newest first. */
    public List<Checkpoint> checkpoints(String cooperationId) {
        access.requireReader(cooperationId);
        List<Checkpoint> newestFirst = new ArrayList<>(checkpoints.all());
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    public Checkpoint checkpoint(String cooperationId, LocalDate day) {
        access.requireReader(cooperationId);
        return checkpoints.of(day).orElseThrow(() -> new AuditRefusedException(AuditRefusal.CHECKPOINT_UNKNOWN, day.toString()));
    }

    public String publicKeyPem(String cooperationId) {
        access.requireReader(cooperationId);
        return checkpoints.signatures().publicKeyPem();
    }

    public String publicKeyBase64() {
        return checkpoints.signatures().publicKeyBase64();
    }
}
