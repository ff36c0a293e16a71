package fr.entente.document.api;

import fr.entente.common.api.RefusedException;

/** A document command refused, or a file refused before it was stored, for a {@link DocumentRefusal}; nothing changed. */
public final class DocumentRefusedException extends RefusedException {

    private DocumentRefusedException(DocumentRefusal refusal, String field, Object... arguments) {
        super(refusal, field, arguments);
    }

    /** Refused on the refusal's own field, with the values its sentence names. */
    public static DocumentRefusedException refused(DocumentRefusal refusal, Object... arguments) {
        return new DocumentRefusedException(refusal, refusal.field(), arguments);
    }

    /** Refused on a field the throw site names, for a refusal several fields can meet. */
    public static DocumentRefusedException refusedOn(String field, DocumentRefusal refusal, Object... arguments) {
        return new DocumentRefusedException(refusal, field, arguments);
    }

    @Override
    public DocumentRefusal refusal() {
        return (DocumentRefusal) super.refusal();
    }
}
