package fr.entente.forum.api;

/**
 * The identifier of a body's space: one per body, derived from the body's, so that the roster follower and the pages
 * find it without asking.
 */
public final class SpaceIds {

    private SpaceIds() {
    }

    public static String ofBody(String cooperationId, String bodyId) {
        return "espace-" + cooperationId + "-" + bodyId;
    }
}
