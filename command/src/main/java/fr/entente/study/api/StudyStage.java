package fr.entente.study.api;

/** Where a study stands, from its proposal to its results. */
public enum StudyStage {
    PROPOSED,
    UNDER_VALIDATION,
    VALIDATED,
    REJECTED,
    IN_PROGRESS,
    DELIVERED
}
