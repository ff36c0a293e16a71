package fr.entente.cooperation.query;

/**
 * One body of one cooperation, as an optional {@link BodyView}: ask with
 * {@code ResponseTypes.optionalInstanceOf(BodyView.class)}. Empty for a body of another cooperation.
 */
public record FindBodyQuery(String cooperationId, String bodyId) {
}
