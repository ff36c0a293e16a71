package fr.entente.audit.query;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One act of the log as the audit trail shows it: when, who (a person, or the hub itself), for which centre or
 * organisation, what (the event's type, its context and its values), on which body and meeting, and its chain (the
 * command's correlation, the event that caused it, the earlier acts it refers to).
 *
 * @param position      the event's global sequence number
 * @param type          the event's type, such as {@code MeetingScheduledEvent}
 * @param context       the context it belongs to: {@code cooperation}, {@code meeting}…
 * @param values        the event's values, as text (long texts cut), by field name: what its sentence names
 * @param refs          what it refers to, as {@code field:value} ({@code requestId:r-1}): how its causes are found
 * @param causedByEvent the identifier of the event whose handling sent the command that caused this one, if any
 */
public record TrailEntry(long position, Instant at, String cooperationId, String actorId, String actorOrganisation,
                         String type, String context, String aggregateId, String bodyId, String meetingId,
                         String eventId, String correlationId, String causedByEvent, Map<String, String> values,
                         List<String> refs) {

    public TrailEntry {
        values = Map.copyOf(values);
        refs = List.copyOf(refs);
    }

    /** The hub acts for itself (demo data, automatic routing): no person. */
    public boolean bySystem() {
        return actorId == null || actorId.startsWith("system");
    }
}
