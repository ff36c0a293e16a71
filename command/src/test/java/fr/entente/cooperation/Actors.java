package fr.entente.cooperation;

import fr.entente.common.api.ActorMetaData;
import org.axonframework.messaging.MetaData;

/** The metadata the tests' commands carry: who acts. */
final class Actors {

    /** The cooperation's administrator ({@link HautsDeFranceDirectory#ADMINISTRATOR}). */
    static final MetaData AS_ADMINISTRATOR = actor(HautsDeFranceDirectory.ADMINISTRATOR);
    /** The hub itself, which creates cooperations and appoints their first administrator. */
    static final MetaData AS_SYSTEM = actor(ActorMetaData.SYSTEM);

    private Actors() {
    }

    static MetaData actor(String personId) {
        return MetaData.with(ActorMetaData.ACTOR_ID, personId);
    }
}
