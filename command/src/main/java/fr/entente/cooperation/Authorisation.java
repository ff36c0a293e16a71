package fr.entente.cooperation;

import fr.entente.common.api.ActorMetaData;

import static fr.entente.cooperation.api.CooperationRefusal.ADMINISTRATOR_REQUIRED;
import static fr.entente.cooperation.api.CooperationRefusal.SYSTEM_REQUIRED;
import static fr.entente.cooperation.api.CooperationRefusedException.refused;

/**
 * Who may change a cooperation's directory: its administrators, and the hub itself (the system actor,
 * which loads demo data and bootstraps a cooperation). A cooperation is created, and its first
 * administrator appointed, by the system only: until a cooperation has an administrator, no person
 * can pass {@link #administratorsOnly}.
 */
final class Authorisation {

    private Authorisation() {
    }

    static void systemOnly(String actorId) {
        if (!ActorMetaData.SYSTEM.equals(actorId)) {
            throw refused(SYSTEM_REQUIRED);
        }
    }

    static void administratorsOnly(String actorId, People people) {
        if (!ActorMetaData.SYSTEM.equals(actorId) && (actorId == null || !people.administers(actorId))) {
            throw refused(ADMINISTRATOR_REQUIRED);
        }
    }
}
