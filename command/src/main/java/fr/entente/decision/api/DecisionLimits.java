package fr.entente.decision.api;

import java.time.Duration;

/** The bounds of what a decision takes. */
public final class DecisionLimits {

    public static final int QUESTION = 300;
    public static final int TEXT = 20_000;
    public static final int OPTION = 100;
    public static final int MOST_OPTIONS = 10;
    public static final int REASON = 2_000;
    /** An arbitration's deadline is at least this far after its opening: time to read and answer. */
    public static final Duration LEAST_NOTICE = Duration.ofHours(1);

    private DecisionLimits() {
    }
}
