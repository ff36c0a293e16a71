package fr.entente.web.operations;

import fr.entente.common.api.Refusal;

import java.util.List;

/** What the hub's operations refuse: they are for the people who administer a cooperation. */
public enum OperationsRefusal implements Refusal {

    ADMINISTRATORS_ONLY("operations.administrators-only", Kind.NOT_ALLOWED),
    READ_MODEL_UNKNOWN("operations.read-model-unknown", Kind.NOT_FOUND, "name"),
    REBUILD_RUNNING("operations.rebuild-running", Kind.CONFLICT, "name");

    private final String code;
    private final Kind kind;
    private final List<String> arguments;

    OperationsRefusal(String code, Kind kind, String... arguments) {
        this.code = code;
        this.kind = kind;
        this.arguments = List.of(arguments);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Kind kind() {
        return kind;
    }

    @Override
    public String field() {
        return null;
    }

    @Override
    public List<String> arguments() {
        return arguments;
    }
}
