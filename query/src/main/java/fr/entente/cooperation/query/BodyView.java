package fr.entente.cooperation.query;

import fr.entente.cooperation.api.BodyKind;

import java.util.List;

/**
 * A body of a cooperation: the partners named to it (organisation ids) and its members in the
 * order they were seated. {@code name} is {@code null} for a body of a standard kind left unnamed.
 * {@code reportsTo} lists the bodies it reports to, whose members read the minutes it publishes.
 */
public record BodyView(String cooperationId, String bodyId, BodyKind kind, String name,
                       List<String> partners, List<BodyMemberView> members, List<String> reportsTo) {

    public BodyView {
        partners = List.copyOf(partners);
        members = List.copyOf(members);
        reportsTo = reportsTo == null ? List.of() : List.copyOf(reportsTo);
    }
}
