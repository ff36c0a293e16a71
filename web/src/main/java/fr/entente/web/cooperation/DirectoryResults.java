package fr.entente.web.cooperation;

import java.util.LinkedHashMap;
import java.util.Map;

import fr.entente.cooperation.api.BodyKind;
import fr.entente.cooperation.api.BodyRole;
import fr.entente.cooperation.query.BodyMembershipView;
import fr.entente.cooperation.query.BodySummary;
import fr.entente.cooperation.query.MemberCentreView;
import fr.entente.cooperation.query.PartnerView;

import java.util.List;

/** What the directory's endpoints answer. People are shown with their display name, read from their account. */
public final class DirectoryResults {

    private DirectoryResults() {
    }

    /** A person of the cooperation; {@code displayName} is {@code null} once their account is erased. */
    public record Person(String personId, String displayName) {
    }

    /**
     * {@code coordinatingCentre} is the department code of the coordinating centre, or {@code null};
     * {@code presidency} the rotation of the presidency, or {@code null} before one is set; {@code presidingCentre}
     * the department code of the centre presiding this year, or {@code null}.
     */
    public record Directory(String cooperationId, String name, String region, List<MemberCentreView> memberCentres,
                            String coordinatingCentre, List<PartnerView> partners, List<Person> administrators,
                            List<BodySummary> bodies, Presidency presidency, String presidingCentre) {

        /** Organisation id to name: the member centres and the partners. */
        public Map<String, String> organisationNames() {
            Map<String, String> names = new LinkedHashMap<>();
            memberCentres.forEach(centre -> names.put(centre.organisationId(), centre.name()));
            partners.forEach(partner -> names.put(partner.organisationId(), partner.name()));
            return names;
        }
    }

    /** Someone registered in the cooperation, as its administrators see them: where they sit and whether they administer. */
    public record RegisteredPerson(String personId, String displayName, String organisationId, boolean administrator,
                                   List<BodyMembershipView> bodies) {
    }

    public record Member(String personId, String displayName, String organisationId, BodyRole role) {
    }

    /**
     * {@code reportsTo}: the bodies it reports to; {@code reportedBy}: those that report to it, whose published
     * minutes its members read (as far as the reader may see them).
     */
    public record Body(String cooperationId, String bodyId, BodyKind kind, String name, List<String> partners,
                       List<Member> members, List<BodySummary> reportsTo, List<BodySummary> reportedBy) {
    }

    public record ReportingLine(String bodyId, String reportsToBodyId) {
    }

    /** From {@code firstYear}, one member centre per year, by department code, in the order of their turns. */
    public record Presidency(int firstYear, List<String> departmentCodes) {
    }

    public record CentreAdded(String departmentCode, String organisationId, String name) {
    }

    public record PartnerAdded(String organisationId, String name) {
    }

    public record Coordinator(String departmentCode, String organisationId) {
    }

    public record BodyCreated(String bodyId, BodyKind kind, String name) {
    }

    public record PartnerNamed(String bodyId, String organisationId) {
    }

    public record BodyMember(String bodyId, String personId, String organisationId, BodyRole role) {
    }

    public record MemberRole(String bodyId, String personId, BodyRole role) {
    }

    public record Administrator(String personId, boolean administrator) {
    }
}
