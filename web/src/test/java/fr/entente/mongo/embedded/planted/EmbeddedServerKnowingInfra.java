package fr.entente.mongo.embedded.planted;

import fr.entente.infra.mongo.MongoStore;

/** A planted violation (test sources only): the embedded server depending on Entente's infra. */
public class EmbeddedServerKnowingInfra {

    public String describe(MongoStore store) {
        return store.description();
    }
}
