package fr.entente.infra.audit;

import java.util.List;

/** The metadata keys every event of the log carries, for the audit trail. */
public final class AuditMetadata {

    /** The person who acted (an identifier: names and e-mails stay out of the log). */
    public static final String ACTOR_ID = "actorId";
    /** The centre or partner organisation on whose behalf the person acted. */
    public static final String ACTOR_ORGANISATION = "actorOrganisation";
    /** The cooperation in which the act took place. */
    public static final String COOPERATION_ID = "cooperationId";
    /** The first message of the chain that led to this one (a command sent by a person, usually). */
    public static final String CORRELATION_ID = "correlationId";
    /** The message that directly caused this one. */
    public static final String CAUSATION_ID = "causationId";
    /**
     * The event whose handling sent the command that caused this one (a proposal referred to another body, routed by
     * the hub to that body's next meeting): what the audit trail follows back to answer "why".
     */
    public static final String CAUSED_BY_EVENT = "causedByEvent";

    static final List<String> ACTOR_KEYS = List.of(ACTOR_ID, ACTOR_ORGANISATION, COOPERATION_ID);

    private AuditMetadata() {
    }
}
