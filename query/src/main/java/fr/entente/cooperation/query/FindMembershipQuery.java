package fr.entente.cooperation.query;

/**
 * A person's membership of one cooperation, as an optional {@link MembershipView}: ask with
 * {@code ResponseTypes.optionalInstanceOf(MembershipView.class)}. Empty once the person is removed,
 * and for a cooperation the person does not belong to.
 */
public record FindMembershipQuery(String cooperationId, String personId) {
}
