package fr.entente.cooperation.query;

/**
 * One cooperation with its member centres, as an optional {@link CooperationView}: ask with
 * {@code ResponseTypes.optionalInstanceOf(CooperationView.class)}.
 */
public record FindCooperationQuery(String cooperationId) {
}
