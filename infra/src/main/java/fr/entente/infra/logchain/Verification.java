package fr.entente.infra.logchain;

import java.time.Instant;
import java.util.Optional;

/**
 * The result of recomputing the chain from the log.
 *
 * @param verifiedAt         when the verification ended
 * @param entriesChecked     entries of the log recomputed and compared
 * @param chainedUpTo        the last position the chain covers (entries after it are newer than the chain)
 * @param checkpointsChecked signed checkpoints compared with the recomputed chain
 * @param problem            the first problem found, or none: the log is as it was written
 * @param millis             how long it took
 */
public record Verification(Instant verifiedAt, long entriesChecked, long chainedUpTo, int checkpointsChecked,
                           Optional<LogProblem> problem, long millis) {

    public boolean intact() {
        return problem.isEmpty();
    }

    public double entriesPerSecond() {
        return millis == 0 ? entriesChecked * 1000.0 : entriesChecked * 1000.0 / millis;
    }
}
