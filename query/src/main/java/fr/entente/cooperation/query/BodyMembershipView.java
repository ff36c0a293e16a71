package fr.entente.cooperation.query;

import fr.entente.cooperation.api.BodyRole;

/** A body a person sits in, and their role in it. */
public record BodyMembershipView(String bodyId, BodyRole role) {
}
