package fr.entente.decision.api;

/** How many centres chose one option, at the close. */
public record OptionCount(String option, int votes) {
}
