package fr.entente.cooperation.query;

import java.util.List;
import java.util.Optional;

/**
 * A cooperation's directory: member centres sorted by department code, partners sorted by name,
 * the identifiers of its administrators (names live in {@code people}), its bodies, and the rotation of its
 * presidency ({@code null} until one is set).
 */
public record CooperationView(String cooperationId, String name, String region, List<MemberCentreView> memberCentres,
                              List<PartnerView> partners, List<String> administrators, List<BodySummary> bodies,
                              PresidencyView presidency) {

    public CooperationView {
        memberCentres = List.copyOf(memberCentres);
        partners = List.copyOf(partners);
        administrators = List.copyOf(administrators);
        bodies = List.copyOf(bodies);
    }

    /** The member centre presiding the cooperation in this year, once a rotation is set. */
    public Optional<MemberCentreView> presidingCentreIn(int year) {
        return Optional.ofNullable(presidency).flatMap(rotation -> rotation.presidingIn(year))
                       .flatMap(code -> memberCentres.stream().filter(centre -> centre.departmentCode().equals(code)).findFirst());
    }

    /** The centre that coordinates the cooperation, once one is designated. */
    public Optional<MemberCentreView> coordinatingCentre() {
        return memberCentres.stream().filter(MemberCentreView::coordinating).findFirst();
    }
}
