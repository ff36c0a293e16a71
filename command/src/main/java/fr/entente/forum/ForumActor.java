package fr.entente.forum;

import fr.entente.common.api.ActorMetaData;
import fr.entente.forum.api.ForumRefusal;
import org.axonframework.messaging.MetaData;

import static fr.entente.forum.api.ForumRefusedException.refused;

/**
 * Who acts on the forum of a cooperation, as the command's metadata says: a person, or the hub itself (the roster
 * follower, demo data). Someone acting from another cooperation is told the space or thread does not exist.
 */
final class ForumActor {

    private final String actorId;

    private ForumActor(String actorId) {
        this.actorId = actorId;
    }

    static ForumActor of(MetaData metaData, String cooperationId) {
        Object actingIn = metaData.get(ActorMetaData.COOPERATION_ID);
        if (actingIn != null && !actingIn.equals(cooperationId)) {
            throw refused(ForumRefusal.NOT_FOUND);
        }
        Object actorId = metaData.get(ActorMetaData.ACTOR_ID);
        if (!(actorId instanceof String id) || id.isBlank()) {
            throw refused(ForumRefusal.NOT_FOUND);
        }
        return new ForumActor(id);
    }

    String id() {
        return actorId;
    }

    boolean isSystem() {
        return ActorMetaData.SYSTEM.equals(actorId);
    }
}
