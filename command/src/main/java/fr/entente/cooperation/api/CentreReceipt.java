package fr.entente.cooperation.api;

/** What adding a member centre did, for the person who asked: the centre as the cooperation now holds it. */
public record CentreReceipt(String departmentCode, String organisationId, String name) {

    public static CentreReceipt from(MemberCentreAddedEvent added) {
        return new CentreReceipt(added.departmentCode(), MemberCentres.organisationIdOf(added.departmentCode()),
                                 added.name());
    }
}
