package fr.entente.decision.api;

/** What a decision needs to be adopted, among the votes cast (abstentions are not votes for or against). */
public enum Majority {
    /** More "pour" than "contre"; with named options, one option with more votes than each other. */
    SIMPLE,
    /** At least two thirds of the votes cast for or against (named options: of all votes cast) for one option. */
    TWO_THIRDS
}
