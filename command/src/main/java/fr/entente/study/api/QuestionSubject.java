package fr.entente.study.api;

/** What a director's question about a study bears on (art. 4). */
public enum QuestionSubject {
    REALISATION,
    DISSEMINATION
}
