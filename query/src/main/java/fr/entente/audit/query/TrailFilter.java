package fr.entente.audit.query;

import java.time.Instant;

/**
 * What a director narrows the trail to; a {@code null} field does not narrow.
 *
 * @param bodyId         acts on this body (its meetings included)
 * @param meetingId      acts on this meeting
 * @param subjectId      acts of this aggregate (a decision, a study, a document…) and the acts that name it ("Historique" on its page)
 * @param actorId        acts of this person
 * @param organisationId acts done for this centre or organisation
 * @param context        acts of this kind: {@code cooperation} (the directory), {@code meeting}…
 * @param from           at or after
 * @param to             before
 * @param text           these words, anywhere in the act's values (case ignored)
 */
public record TrailFilter(String bodyId, String meetingId, String subjectId, String actorId, String organisationId, String context,
                          Instant from, Instant to, String text) {

    public static TrailFilter none() {
        return new TrailFilter(null, null, null, null, null, null, null, null, null);
    }
}
