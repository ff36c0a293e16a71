package fr.entente.web.operations;

import fr.entente.web.security.CurrentPerson;
import fr.entente.web.security.Memberships;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The read models' operations, for the API and the page alike: which read models there are, where each lives, and
 * rebuilding one. For the people who administer a cooperation (403 for anyone else): a read model holds every
 * cooperation's data, but its rebuild shows none of it and changes none of it.
 */
@Component
public class ReadModelOperations {

    /** A read model, the collection it lives in, and its last rebuild on this node (or none). */
    public record ReadModel(String name, String collection, RebuildProgress rebuild) {
    }

    private final ReadModelRebuilds rebuilds;
    private final Memberships memberships;
    private final CurrentPerson currentPerson;

    ReadModelOperations(ReadModelRebuilds rebuilds, Memberships memberships, CurrentPerson currentPerson) {
        this.rebuilds = rebuilds;
        this.memberships = memberships;
        this.currentPerson = currentPerson;
    }

    public List<ReadModel> readModels() {
        administratorsOnly();
        return rebuilds.names().stream().map(this::describe).toList();
    }

    public ReadModel readModel(String name) {
        administratorsOnly();
        return describe(name);
    }

    public RebuildProgress rebuild(String name) {
        administratorsOnly();
        return rebuilds.start(name);
    }

    private ReadModel describe(String name) {
        return new ReadModel(name, rebuilds.activeCollection(name), rebuilds.progress(name).orElse(null));
    }

    private void administratorsOnly() {
        if (!memberships.administersACooperation(currentPerson.personId())) {
            throw new OperationsRefusedException(OperationsRefusal.ADMINISTRATORS_ONLY);
        }
    }
}
