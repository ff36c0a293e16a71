package fr.entente.decision.api;

/** What a decision is about; the reference's identifier is that context's (a proposal, a study…). */
public enum ConcernKind {
    PROPOSAL,
    AGENDA_ITEM,
    ROADMAP,
    STUDY,
    DOCUMENT
}
