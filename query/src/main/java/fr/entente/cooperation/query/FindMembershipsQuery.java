package fr.entente.cooperation.query;

/**
 * Every membership of a person ("my cooperations, my bodies and my roles"), as
 * {@link MembershipView}s sorted by cooperation id. A person belongs to one cooperation as a rule;
 * nothing in the log forbids an identifier registered in two, and then both are listed, apart.
 */
public record FindMembershipsQuery(String personId) {
}
