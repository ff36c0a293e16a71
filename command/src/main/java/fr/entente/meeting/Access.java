package fr.entente.meeting;

import fr.entente.common.api.ActorMetaData;
import fr.entente.cooperation.api.BodyRole;
import fr.entente.meeting.api.BodyRoster;
import org.axonframework.messaging.MetaData;

import static fr.entente.meeting.api.MeetingRefusal.CONVENOR_REQUIRED;
import static fr.entente.meeting.api.MeetingRefusal.NOT_FOUND;
import static fr.entente.meeting.api.MeetingRefusal.OFFICER_OR_CONVENOR_REQUIRED;
import static fr.entente.meeting.api.MeetingRefusal.PERSON_REQUIRED;
import static fr.entente.meeting.api.MeetingRefusal.SYSTEM_ONLY;
import static fr.entente.meeting.api.MeetingRefusedException.refused;

/**
 * Who acts on a meeting of a body, as the command's metadata says, and what their role in that body lets
 * them do: its officer and convenor manage the meeting, any member requests items and takes notes, the
 * convenor approves minutes alone. The system (demo data) acts as a manager. Someone who does not sit in the
 * body, or who acts from another cooperation, is told the meeting does not exist.
 */
final class Access {

    private final BodyRoster roster;
    private final String actorId;
    private final String cooperationId;
    private final String bodyId;

    private Access(BodyRoster roster, String actorId, String cooperationId, String bodyId) {
        this.roster = roster;
        this.actorId = actorId;
        this.cooperationId = cooperationId;
        this.bodyId = bodyId;
    }

    /** The actor of this command on the meetings of this body; the cooperation they act in must be the body's. */
    static Access of(MetaData metaData, BodyRoster roster, String cooperationId, String bodyId) {
        Object actingIn = metaData.get(ActorMetaData.COOPERATION_ID);
        if (actingIn != null && !actingIn.equals(cooperationId)) {
            throw refused(NOT_FOUND);
        }
        return new Access(roster, (String) metaData.get(ActorMetaData.ACTOR_ID), cooperationId, bodyId);
    }

    /** The body's officer or convenor, or the system; returns the actor's id. */
    String manager() {
        if (!isSystem() && role() == BodyRole.MEMBER) {
            throw refused(OFFICER_OR_CONVENOR_REQUIRED);
        }
        return actorId;
    }

    /** Any member of the body, or the system; returns the actor's id. */
    String member() {
        if (!isSystem()) {
            role();
        }
        return actorId;
    }

    /** The body's convenor, or the system; returns the actor's id. */
    String convenor() {
        if (!isSystem() && role() != BodyRole.CONVENOR) {
            throw refused(CONVENOR_REQUIRED);
        }
        return actorId;
    }

    /** The organisation on whose behalf a member acts: only a person has one. */
    String organisation() {
        if (isSystem()) {
            throw refused(PERSON_REQUIRED);
        }
        role();
        return roster.organisationOf(cooperationId, actorId).orElseThrow(() -> refused(NOT_FOUND));
    }

    /** The hub itself, acting on what another context decided (a vote's outcome): no person may. */
    void hub() {
        if (!isSystem()) {
            throw refused(SYSTEM_ONLY);
        }
    }

    private boolean isSystem() {
        return ActorMetaData.SYSTEM.equals(actorId);
    }

    private BodyRole role() {
        if (actorId == null) {
            throw refused(NOT_FOUND);
        }
        return roster.roleOf(cooperationId, bodyId, actorId).orElseThrow(() -> refused(NOT_FOUND));
    }
}
