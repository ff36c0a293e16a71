package fr.entente.infra.audit;

import org.axonframework.messaging.MetaData;

import java.util.Map;
import java.util.Objects;

/**
 * Who acts, for whom, and where: put on every command by the layer that knows the signed-in person.
 *
 * @param personId       the person's identifier
 * @param organisationId the centre (for example {@code cdg-59}) or partner organisation they act for
 * @param cooperationId  the cooperation the act belongs to
 */
public record Actor(String personId, String organisationId, String cooperationId) {

    /** The hub itself, acting for a cooperation: loading demo data, for example. */
    public static Actor system(String cooperationId) {
        return new Actor("system", "entente", cooperationId);
    }

    public Actor {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(cooperationId, "cooperationId");
    }

    public MetaData toMetaData() {
        return MetaData.from(Map.of(AuditMetadata.ACTOR_ID, personId,
                                    AuditMetadata.ACTOR_ORGANISATION, organisationId,
                                    AuditMetadata.COOPERATION_ID, cooperationId));
    }
}
