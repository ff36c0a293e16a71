package fr.entente.web.operations;

import fr.entente.common.api.ListedRefusal;

/** What the hub's operations refuse: they are for the people who administer a cooperation. */
public enum OperationsRefusal implements ListedRefusal {

    ADMINISTRATORS_ONLY("operations.administrators-only", Kind.NOT_ALLOWED),
    READ_MODEL_UNKNOWN("operations.read-model-unknown", Kind.NOT_FOUND, "name"),
    REBUILD_RUNNING("operations.rebuild-running", Kind.CONFLICT, "name");

    private final Terms terms;

    OperationsRefusal(String code, Kind kind, String... arguments) {
        this.terms = new Terms(code, kind, null, arguments);
    }

    @Override
    public Terms terms() {
        return terms;
    }
}
