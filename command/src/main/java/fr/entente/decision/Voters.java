package fr.entente.decision;

import fr.entente.common.api.ActorMetaData;
import fr.entente.cooperation.api.BodyRole;
import fr.entente.decision.api.DecisionRoster;
import org.axonframework.messaging.MetaData;

import java.util.Map;
import java.util.Optional;

import static fr.entente.decision.api.DecisionRefusal.MANAGER_REQUIRED;
import static fr.entente.decision.api.DecisionRefusal.NOT_A_VOTER;
import static fr.entente.decision.api.DecisionRefusal.NOT_FOUND;
import static fr.entente.decision.api.DecisionRefusal.PERSON_REQUIRED;
import static fr.entente.decision.api.DecisionRefusedException.refused;

/**
 * Who acts on a decision of a body, as the command's metadata says: the body's officer and convenor, and the
 * cooperation's administrators, open, close and annul; a person of a voting centre who sits in the body, or the
 * centre's delegate, votes for that centre. Someone of another cooperation, or who neither sits in the body nor is a
 * delegate, is told the decision does not exist. The system (demo data, the deadline watcher) acts as a manager.
 */
final class Voters {

    private final DecisionRoster roster;
    private final String actorId;
    private final String cooperationId;
    private final String bodyId;
    private Optional<BodyRole> role;

    private Voters(DecisionRoster roster, String actorId, String cooperationId, String bodyId) {
        this.roster = roster;
        this.actorId = actorId;
        this.cooperationId = cooperationId;
        this.bodyId = bodyId;
    }

    static Voters of(MetaData metaData, DecisionRoster roster, String cooperationId, String bodyId) {
        Object actingIn = metaData.get(ActorMetaData.COOPERATION_ID);
        if (actingIn != null && !actingIn.equals(cooperationId)) {
            throw refused(NOT_FOUND);
        }
        return new Voters(roster, (String) metaData.get(ActorMetaData.ACTOR_ID), cooperationId, bodyId);
    }

    String actorId() {
        return actorId;
    }

    boolean system() {
        return ActorMetaData.SYSTEM.equals(actorId);
    }

    /** The body's officer or convenor, an administrator of the cooperation, or the system. */
    String manager() {
        if (system() || roster.administers(cooperationId, actorId)) {
            return actorId;
        }
        if (role().orElseThrow(() -> refused(NOT_FOUND)) == BodyRole.MEMBER) {
            throw refused(MANAGER_REQUIRED);
        }
        return actorId;
    }

    /**
     * The organisation the actor votes for: their own, if it votes and they sit in the body; else the one whose
     * delegate they are.
     */
    String votingFor(Electorate electorate, Map<String, String> delegates) {
        if (system() || actorId == null) {
            throw refused(PERSON_REQUIRED);
        }
        Optional<String> delegateOf = delegates.entrySet().stream().filter(entry -> entry.getValue().equals(actorId))
                                               .map(Map.Entry::getKey).findFirst();
        Optional<BodyRole> role = role();
        if (role.isEmpty()) {
            // an administrator who does not sit in the body sees the decision, and has no vote in it
            return delegateOf.orElseThrow(() -> refused(NOT_A_VOTER));
        }
        String organisationId = organisation();
        if (electorate.includes(organisationId)) {
            return organisationId;
        }
        return delegateOf.orElseThrow(() -> refused(NOT_A_VOTER));
    }

    /** A member of the body from a voting centre: the centre, for whom they designate or revoke a delegate. */
    String centreMember(Electorate electorate) {
        if (system() || actorId == null) {
            throw refused(PERSON_REQUIRED);
        }
        role().orElseThrow(() -> refused(NOT_FOUND));
        String organisationId = organisation();
        if (!electorate.includes(organisationId)) {
            throw refused(NOT_A_VOTER);
        }
        return organisationId;
    }

    /** Whether the actor may see the decision at all: a member of the body, a delegate, or an administrator. */
    void sees(Map<String, String> delegates) {
        if (system() || role().isPresent() || delegates.containsValue(actorId)
            || roster.administers(cooperationId, actorId)) {
            return;
        }
        throw refused(NOT_FOUND);
    }

    Optional<String> organisationOf(String personId) {
        return roster.organisationOf(cooperationId, personId);
    }

    private String organisation() {
        return roster.organisationOf(cooperationId, actorId).orElseThrow(() -> refused(NOT_FOUND));
    }

    /** Read once per command: a vote asks it to check who may see the decision, then for whom they vote. */
    private Optional<BodyRole> role() {
        if (actorId == null) {
            return Optional.empty();
        }
        if (role == null) {
            role = roster.roleOf(cooperationId, bodyId, actorId);
        }
        return role;
    }
}
