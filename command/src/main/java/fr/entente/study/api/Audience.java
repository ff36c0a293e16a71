package fr.entente.study.api;

/** Who a study is disseminated to: the member centres, or beyond them. */
public enum Audience {
    MEMBER_CENTRES,
    PARTNERS,
    REGION,
    PUBLIC,
    PRESS;

    /** Beyond the member centres: the technical committee must have been informed first (art. 4). */
    public boolean beyondMembers() {
        return this != MEMBER_CENTRES;
    }
}
