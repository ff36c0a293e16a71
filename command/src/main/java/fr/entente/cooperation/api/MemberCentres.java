package fr.entente.cooperation.api;

import java.util.Locale;

/** What the log says of member centres without saying it in every event. */
public final class MemberCentres {

    /** The prefix of a member centre's organisation identifier, reserved to centres. */
    public static final String ORGANISATION_ID_PREFIX = "cdg-";

    private MemberCentres() {
    }

    /**
     * The organisation identifier of the member centre of this département: "cdg-59" for "59",
     * "cdg-2a" for "2A". People, audit metadata and read models name a centre by it.
     */
    public static String organisationIdOf(String departmentCode) {
        return ORGANISATION_ID_PREFIX + departmentCode.strip().toLowerCase(Locale.ROOT);
    }
}
