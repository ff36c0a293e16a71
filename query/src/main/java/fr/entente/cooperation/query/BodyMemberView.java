package fr.entente.cooperation.query;

import fr.entente.cooperation.api.BodyRole;

/** A person sitting in a body, by identifier (names live in {@code people}), with their organisation and role. */
public record BodyMemberView(String personId, String organisationId, BodyRole role) {
}
