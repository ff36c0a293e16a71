package fr.entente.meeting.api;

/** How a published agenda was amended. */
public enum AgendaChange {
    /** An item was added, from requests or of the officer's own. */
    ITEM_ADDED,
    /** An item was taken off. */
    ITEM_REMOVED,
    /** The items were put in another order. */
    REORDERED
}
