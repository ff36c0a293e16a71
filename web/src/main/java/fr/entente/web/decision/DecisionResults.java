package fr.entente.web.decision;

/** What the decisions' write requests answer. */
public final class DecisionResults {

    private DecisionResults() {
    }

    public record Opened(String decisionId, String cooperationId, String bodyId) {
    }

    public record VoteCast(String decisionId, String option) {
    }

    public record VoteRecorded(String decisionId, String organisationId, String option) {
    }
}
