package fr.entente.cooperation.api;

/** A member's role in a body. */
public enum BodyRole {
    /** Membre. */
    MEMBER,
    /** Animateur·rice: sets the agenda from the members' requests and chairs the meetings. */
    CONVENOR,
    /** Chargé·e de mission: prepares the meetings and writes the minutes. */
    OFFICER
}
