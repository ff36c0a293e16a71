package fr.entente.cooperation.query;

/** A line of the directory of cooperations. */
public record CooperationSummary(String cooperationId, String name, String region, int memberCentreCount) {
}
