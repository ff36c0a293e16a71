package fr.entente.cooperation.query;

/** All cooperations, as {@link CooperationSummary summaries} sorted by name. */
public record FindCooperationsQuery() {
}
