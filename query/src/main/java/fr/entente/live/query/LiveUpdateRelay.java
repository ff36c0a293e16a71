package fr.entente.live.query;

/**
 * Carries the live updates this node publishes to the other nodes of the hub, which deliver them to the pages open
 * there ({@link LiveUpdateJournal#deliverHere}). Without one, the hub is one node and every page is open here.
 */
public interface LiveUpdateRelay {

    /**
     * Sends the update to the other nodes and returns once the broker has confirmed it, before the projection records
     * that it handled the event: if this node dies first, the node that takes the projection over handles the event
     * again and relays it again (pages take each position once). Throws {@link LiveUpdateNotRelayedException} if the
     * broker, reachable, does not confirm: the projection stops on the event and retries it. With the broker
     * unreachable it returns at once (health says so; pages catch up from the journal when they subscribe again).
     */
    void relay(LiveUpdate update);
}
