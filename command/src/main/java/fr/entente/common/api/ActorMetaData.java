package fr.entente.common.api;

/**
 * What the command side reads of the audit metadata every command carries (infra's {@code Actor} writes
 * it): the acting person's identifier, under {@link #ACTOR_ID}, so that an aggregate can check who may
 * do what.
 */
public final class ActorMetaData {

    /** The metadata key of the acting person's identifier (infra's {@code AuditMetadata.ACTOR_ID}). */
    public static final String ACTOR_ID = "actorId";
    /** The identifier of the hub itself when it acts (infra's {@code Actor.system}): bootstrap, demo data. */
    public static final String SYSTEM = "system";
    /**
     * The metadata key of the cooperation the person acts in, when the command was sent from a cooperation's
     * pages (infra's {@code AuditMetadata.COOPERATION_ID}): an aggregate of another cooperation answers "not found".
     */
    public static final String COOPERATION_ID = "cooperationId";

    private ActorMetaData() {
    }
}
