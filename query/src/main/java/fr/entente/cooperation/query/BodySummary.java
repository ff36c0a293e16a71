package fr.entente.cooperation.query;

import fr.entente.cooperation.api.BodyKind;

/** A body as the cooperation lists it; {@code name} is {@code null} for a body of a standard kind left unnamed. */
public record BodySummary(String bodyId, BodyKind kind, String name) {
}
