package fr.entente.cooperation.api;

/**
 * How long the directory's names and identifiers may be: written once, for the aggregate's checks, the API's
 * validation and the pages' {@code maxlength} alike.
 */
public final class CooperationLimits {

    /** A centre's, a partner's or a body's name. */
    public static final int NAME = 150;
    public static final int SHORTEST_ORGANISATION_ID = 2;
    public static final int ORGANISATION_ID = 40;
    public static final int SHORTEST_BODY_ID = 2;
    public static final int BODY_ID = 60;
    public static final int PERSON_ID = 80;
    /** Two or three characters ("59", "2A", "974"), with room for what a person types around them. */
    public static final int DEPARTMENT_CODE = 10;
    /** The member centres a rotation may list: France has 101 départements. */
    public static final int CENTRES = 101;

    private CooperationLimits() {
    }
}
