package fr.entente.cooperation;

import fr.entente.cooperation.api.BodyKind;
import fr.entente.cooperation.api.BodyRole;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A body of the cooperation as its rules need it: the partners named to it, who sits in it with
 * which role, and the bodies it reports to. A value of the snapshot (no-arg constructor, plain fields) compared by value.
 */
final class Body {

    private BodyKind kind;
    private String name;
    /** The partners named to the body, by organisation id (a LinkedHashSet, so that a snapshot keeps the order). */
    private LinkedHashSet<String> partners = new LinkedHashSet<>();
    /** Each member's role, by person id, in the order they were seated. */
    private Map<String, BodyRole> members = new LinkedHashMap<>();
    /** The bodies this one reports to, by body id, in the order the lines were drawn. */
    private LinkedHashSet<String> reportsTo = new LinkedHashSet<>();

    Body() {
        // for the snapshot mapper
    }

    Body(BodyKind kind, String name) {
        this.kind = kind;
        this.name = name;
    }

    boolean names(String partnerId) {
        return partners.contains(partnerId);
    }

    boolean seats(String personId) {
        return members.containsKey(personId);
    }

    BodyRole roleOf(String personId) {
        return members.get(personId);
    }

    boolean reportsTo(String bodyId) {
        return reportsTo.contains(bodyId);
    }

    Set<String> reportingLines() {
        return Collections.unmodifiableSet(reportsTo);
    }

    void reportTo(String bodyId) {
        reportsTo.add(bodyId);
    }

    void stopReportingTo(String bodyId) {
        reportsTo.remove(bodyId);
    }

    void name(String partnerId) {
        partners.add(partnerId);
    }

    void seat(String personId, BodyRole role) {
        members.put(personId, role);
    }

    void unseat(String personId) {
        members.remove(personId);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Body body
               && kind == body.kind
               && Objects.equals(name, body.name)
               && partners.equals(body.partners)
               && members.equals(body.members)
               && reportsTo.equals(body.reportsTo);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, name, partners, members, reportsTo);
    }
}
