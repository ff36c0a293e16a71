package fr.entente.study.query;

/** A study, whoever may see it: the application layer checks who asks. */
public record FindStudyQuery(String studyId) {
}
