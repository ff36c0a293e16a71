package fr.entente.cooperation.query;

import java.util.List;

/**
 * What a person is in a cooperation: their organisation, whether they administer it, the bodies
 * they sit in with their role. The authorisation layer decides from it what the person may see
 * and do; the home page shows it.
 */
public record MembershipView(String cooperationId, String personId, String organisationId, boolean administrator,
                             List<BodyMembershipView> bodies) {

    public MembershipView {
        bodies = List.copyOf(bodies);
    }
}
