package fr.entente.document;

import fr.entente.common.api.ActorMetaData;
import fr.entente.document.api.DocumentAccess;
import fr.entente.document.api.DocumentRefusal;
import fr.entente.document.api.FolderAccess;
import org.axonframework.messaging.MetaData;

import static fr.entente.document.api.DocumentRefusedException.refused;

/**
 * Who acts on a space's documents, as the command's metadata says, and what they may do in a folder. Someone acting
 * from another cooperation, or who may not see the folder, is told it does not exist; someone who only reads it is
 * told so when they try to change it.
 */
final class DocumentActor {

    private final String actorId;

    private DocumentActor(String actorId) {
        this.actorId = actorId;
    }

    static DocumentActor of(MetaData metaData, String cooperationId) {
        Object actingIn = metaData.get(ActorMetaData.COOPERATION_ID);
        if (actingIn != null && !actingIn.equals(cooperationId)) {
            throw refused(DocumentRefusal.NOT_FOUND);
        }
        Object actorId = metaData.get(ActorMetaData.ACTOR_ID);
        if (!(actorId instanceof String id) || id.isBlank()) {
            throw refused(DocumentRefusal.NOT_FOUND);
        }
        return new DocumentActor(id);
    }

    String id() {
        return actorId;
    }

    /** What they may do in that folder; the hub itself (demo data) manages every folder. */
    FolderAccess in(DocumentAccess access, String cooperationId, String spaceId, String folderId) {
        if (ActorMetaData.SYSTEM.equals(actorId)) {
            return FolderAccess.MANAGE;
        }
        return access.of(cooperationId, spaceId, folderId, actorId);
    }

    /** Sees the folder, or is told it does not exist. */
    FolderAccess reading(DocumentAccess access, String cooperationId, String spaceId, String folderId) {
        FolderAccess granted = in(access, cooperationId, spaceId, folderId);
        if (!granted.reads()) {
            throw refused(DocumentRefusal.NOT_FOUND);
        }
        return granted;
    }

    /** Writes in the folder; 404 if they do not see it, 403 if they only read it. */
    void writing(DocumentAccess access, String cooperationId, String spaceId, String folderId) {
        if (!reading(access, cooperationId, spaceId, folderId).writes()) {
            throw refused(DocumentRefusal.READ_ONLY);
        }
    }
}
