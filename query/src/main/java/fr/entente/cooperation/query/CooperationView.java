package fr.entente.cooperation.query;

import java.util.List;

/** A cooperation and its member centres, sorted by department code. */
public record CooperationView(String cooperationId, String name, String region, List<MemberCentreView> memberCentres) {

    public CooperationView {
        memberCentres = List.copyOf(memberCentres);
    }
}
