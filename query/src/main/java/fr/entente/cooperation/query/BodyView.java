package fr.entente.cooperation.query;

import fr.entente.cooperation.api.BodyKind;

import java.util.List;

/**
 * A body of a cooperation: the partners named to it (organisation ids) and its members in the
 * order they were seated. {@code name} is {@code null} for a body of a standard kind left unnamed.
 */
public record BodyView(String cooperationId, String bodyId, BodyKind kind, String name,
                       List<String> partners, List<BodyMemberView> members) {

    public BodyView {
        partners = List.copyOf(partners);
        members = List.copyOf(members);
    }
}
