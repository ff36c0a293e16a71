package fr.entente.decision.api;

import java.util.List;

/** The options of a decision when none are named: pour, contre, abstention. */
public final class DecisionOptions {

    public static final String FOR = "pour";
    public static final String AGAINST = "contre";
    public static final String ABSTAIN = "abstention";
    public static final List<String> STANDARD = List.of(FOR, AGAINST, ABSTAIN);

    private DecisionOptions() {
    }

    public static boolean standard(List<String> options) {
        return STANDARD.equals(options);
    }
}
