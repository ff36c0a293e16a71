package fr.entente.web.document;

import fr.entente.common.api.RefusedException;

import java.time.Instant;

/**
 * A new version refused after its bytes were stored (someone put up a version first, or locked the document), whose
 * file is kept for its uploader to retry without uploading it again: the refusal as the document said it, and which
 * file is kept until when. The API's answer names them ({@code keptFileId}, {@code keptUntil}).
 */
public class RefusedVersionKept extends RefusedException {

    private final String keptFileId;
    private final Instant keptUntil;

    RefusedVersionKept(RefusedException refused, String keptFileId, Instant keptUntil) {
        super(refused.refusal(), refused.field(), refused.arguments().toArray());
        this.keptFileId = keptFileId;
        this.keptUntil = keptUntil;
    }

    public String keptFileId() {
        return keptFileId;
    }

    public Instant keptUntil() {
        return keptUntil;
    }
}
