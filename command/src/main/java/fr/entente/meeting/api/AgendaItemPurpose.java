package fr.entente.meeting.api;

/** What an agenda item is for, from the weakest to the strongest: merging requests keeps the strongest. */
public enum AgendaItemPurpose {
    /** Pour information. */
    INFORMATION,
    /** Pour discussion. */
    DISCUSSION,
    /** Pour décision. */
    DECISION
}
