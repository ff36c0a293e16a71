package fr.entente.web.operations;

import fr.entente.common.api.RefusedException;

/** A request to the hub's operations refused; nothing changed. */
public class OperationsRefusedException extends RefusedException {

    public OperationsRefusedException(OperationsRefusal refusal, Object... arguments) {
        super(refusal, refusal.field(), arguments);
    }
}
