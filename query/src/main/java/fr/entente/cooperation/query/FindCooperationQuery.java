package fr.entente.cooperation.query;

/**
 * One cooperation with its member centres, coordinator, partners, administrators and bodies, as an
 * optional {@link CooperationView}: ask with {@code ResponseTypes.optionalInstanceOf(CooperationView.class)}.
 */
public record FindCooperationQuery(String cooperationId) {
}
