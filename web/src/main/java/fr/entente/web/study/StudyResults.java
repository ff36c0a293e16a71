package fr.entente.web.study;

/** What a study's commands answer: the study, and the decision a command opened, if any. */
public final class StudyResults {

    private StudyResults() {
    }

    public record Proposed(String studyId, String cooperationId) {
    }

    public record PutToCommittee(String studyId, String decisionId) {
    }
}
