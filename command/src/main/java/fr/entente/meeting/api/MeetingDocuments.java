package fr.entente.meeting.api;

import java.util.Optional;

/**
 * What a meeting needs to know of a document of the document space before it names it (an agenda item's attachment,
 * an annex of the minutes): that it is one of the meeting's cooperation, not in the trash, and who of those concerned
 * may read it. The documents' read models answer it; command handlers receive it as a resource. Like any read model
 * it follows the log a moment behind.
 */
public interface MeetingDocuments {

    /** A document as the meeting sees it: its current version, whether the person acting reads it, and every member of the body. */
    record Reach(int currentVersion, boolean readByActor, boolean readByEveryMember) {
    }

    /**
     * The document seen from this body of this cooperation, by this person (the hub, {@code ActorMetaData.SYSTEM},
     * reads every document); empty if it is not of that cooperation, is in the trash, or does not exist.
     */
    Optional<Reach> reach(String cooperationId, String bodyId, String documentId, String actorId);
}
