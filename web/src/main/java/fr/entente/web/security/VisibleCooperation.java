package fr.entente.web.security;

import fr.entente.cooperation.query.BodyView;
import fr.entente.cooperation.query.CooperationView;
import fr.entente.cooperation.query.MembershipView;

/** A cooperation as one of its members sees it, and which of its bodies that member may open. */
public record VisibleCooperation(MembershipView membership, CooperationView cooperation) {

    /** Whether the member belongs to a partner organisation rather than to a member centre. */
    public boolean partner() {
        return cooperation.partners().stream()
                          .anyMatch(partner -> partner.organisationId().equals(membership.organisationId()));
    }

    /** People of member centres open every body; a partner's people only the bodies the partner is named to. */
    public boolean mayOpen(BodyView body) {
        return !partner() || body.partners().contains(membership.organisationId());
    }
}
