package fr.entente.live.query;

/**
 * Carries the live updates this node publishes to the other nodes of the hub, which deliver them to the pages open
 * there ({@link LiveUpdateJournal#deliverHere}). Without one, the hub is one node and every page is open here.
 */
public interface LiveUpdateRelay {

    /** Sends the update to the other nodes; never blocks the projection for long, never throws. */
    void relay(LiveUpdate update);
}
