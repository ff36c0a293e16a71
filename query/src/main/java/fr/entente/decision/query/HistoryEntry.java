package fr.entente.decision.query;

import java.time.Instant;

/**
 * One line of a decision's history: what happened ({@code what}: opened, vote, delegate, delegate-revoked, closed,
 * numbered, annulled), when, who acted ({@code actorId}: a person's id or "system"), for which centre, and a detail
 * (the option, the reference, the reason).
 */
public record HistoryEntry(String what, Instant at, String actorId, String organisationId, String detail) {
}
